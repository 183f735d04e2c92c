"""The category taxonomy (:mod:`.prototypes`, data), categorising by meaning (:mod:`.categories`) and reading a kind
from wording (:mod:`.kinds`)."""
