from .home_page import HomePage
from .site_settings import PortalSettings
from .standard_page import StandardPage

__all__ = ["HomePage", "PortalSettings", "StandardPage"]
