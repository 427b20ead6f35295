"""Filing officers as data: where a committee files and its jurisdiction's own rules.

``officers.json`` lists them (the Secretary of State, city and county clerks, a practice
city); ``model.Officer`` is one of them; ``catalog`` loads and checks the list. This
package imports only cal, domain and forms core: never services, db or ui.
"""

from calaccess_desktop.officers.catalog import (
    OfficerError,
    all_officers,
    officer,
    resolve,
    search,
)
from calaccess_desktop.officers.model import SOS_CODE, DeliveryRule, Officer

__all__ = ["SOS_CODE", "DeliveryRule", "Officer", "OfficerError", "all_officers", "officer",
           "resolve", "search"]
