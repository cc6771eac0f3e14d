"""The typed literals the graph's numbers and years are written as, in one canonical form."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Literal
from rdflib.namespace import XSD


def gyear(year: int) -> Literal:
    return Literal(f"{year:04d}", datatype=XSD.gYear)


def decimal(value: float | Decimal) -> Literal:
    """Canonical xsd:decimal from the float's shortest repr: 1133.2 stays 1133.2, 506.0 becomes 506.

    Oxigraph returns decimals in this canonical form, so writing it keeps every backend's
    answers textually equal.
    """
    d = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    d = d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()
    return Literal(d, datatype=XSD.decimal)
