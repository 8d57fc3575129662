"""The body blocks home's page types use. They live in portal.blocks, so that
documents can use them without importing home; this module keeps `home.blocks`
working for the home page types."""

from portal.blocks import BaseStreamBlock, HeadingBlock

__all__ = ["BaseStreamBlock", "HeadingBlock"]
