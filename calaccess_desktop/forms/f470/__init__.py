"""Form 470 and the 470 Supplement."""
