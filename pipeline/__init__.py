"""Korean privacy-policy extraction pipeline."""

__version__ = "0.1.0"
# Bumped whenever extraction output changes, so cached results are invalidated.
EXTRACTOR_VERSION = "0.6.0"
