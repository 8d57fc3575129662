"""The demo board's identity in the site settings, beyond the names `pages` writes:
the hotline the header shows beside the date line.

The emblem drawn for the demo (portal/static/img/emblem.svg, an original design, not
the state emblem) is what the header, the favicon's neighbour and the admin show while
the settings' `logo` is empty. The demo leaves that field empty on purpose: image
uploads are raster only (no SVG, which can carry scripts), and a real board uploads
its own logo there.
"""

from home.models import PortalSettings

HOTLINE = "0205 3 812 399"


def build(site):
    """Give `site`'s settings the demo hotline unless they have one."""
    portal, _created = PortalSettings.objects.get_or_create(site=site)
    if not portal.hotline:
        portal.hotline = HOTLINE
        portal.save(update_fields=["hotline"])
    return portal
