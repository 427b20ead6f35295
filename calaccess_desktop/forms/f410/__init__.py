"""Form 410, Statement of Organization (Recipient Committee)."""
