"""The foilib exception hierarchy.

Every error foilib raises derives from :class:`FoilibError`, and each leaf also
subclasses the builtin whose meaning it narrows, so ``except ValueError`` keeps
working for callers who do not know foilib. Errors keep their inputs as
attributes so that callers need not parse messages.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousCitationError",
    "ArgumentError",
    "ArgumentTypeError",
    "CalendarRangeError",
    "CaseError",
    "CitationError",
    "DeserializationError",
    "FieldTypeError",
    "FoilibError",
    "OtherInstrumentError",
    "TemplateError",
    "UnknownProvisionError",
    "ValidationError",
]


class FoilibError(Exception):
    """Root of every error foilib raises."""


class ValidationError(FoilibError, ValueError):
    """A model field got a value the model cannot accept, at construction.

    The message names the class, the field, the value and what was expected.
    """

    def __init__(self, cls: str, field: str, value: object, expected: str) -> None:
        self.cls = cls
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{cls}.{field}: expected {expected}, got {_short(value)}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.cls, self.field, self.value, self.expected))


class FieldTypeError(ValidationError, TypeError):
    """A model field got a value of the wrong type (a string where a date is due)."""


class DeserializationError(FoilibError, ValueError):
    """A JSON document (or dict) could not be turned into a foilib object.

    ``path`` is the JSON path of the offending value (``$.answers[2].parts[0]``),
    ``value`` the value found there (or ``None`` when it was missing) and
    ``expected`` what foilib wanted instead. ``problems`` lists every problem
    found, as ``(path, message)`` pairs; the message leads with the first.
    """

    def __init__(self, problems: list[tuple[str, str]], value: object = None) -> None:
        if not problems:
            problems = [("$", "invalid document")]
        self.problems = tuple(problems)
        self.path = problems[0][0]
        self.value = value
        self.expected = problems[0][1]
        first = f"{problems[0][0]}: {problems[0][1]}"
        more = (
            f" (and {len(problems) - 1} more: "
            + "; ".join(f"{p}: {m}" for p, m in problems[1:4])
            + ("; ..." if len(problems) > 4 else "")
            + ")"
        )
        super().__init__(first + (more if len(problems) > 1 else ""))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (list(self.problems), self.value))


class ArgumentError(FoilibError, ValueError):
    """A function argument had a bad value (a negative number of working days)."""

    def __init__(self, argument: str, value: object, expected: str) -> None:
        self.argument = argument
        self.value = value
        self.expected = expected
        super().__init__(f"{argument}: expected {expected}, got {_short(value)}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.argument, self.value, self.expected))


class ArgumentTypeError(ArgumentError, TypeError):
    """A function argument had the wrong type (a ``datetime`` where a ``date`` is due)."""


class CalendarRangeError(ArgumentError):
    """A date or year lies outside the range whose bank holidays foilib knows."""


class TemplateError(ArgumentError):
    """A user-supplied template could not be rendered: a syntax error, an undefined name,
    or an operation the sandbox forbids. ``line`` is the template line (1-based) where it
    failed, when known; ``problem`` says what went wrong.
    """

    def __init__(self, problem: str, line: int | None = None) -> None:
        self.problem = problem
        self.line = line
        where = f"line {line}: " if line is not None else ""
        FoilibError.__init__(self, f"template: {where}{problem}")
        self.argument = "template"
        self.value = None
        self.expected = problem

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problem, self.line))


class CitationError(FoilibError, ValueError):
    """Text could not be read as a citation of a statutory provision.

    ``position`` is the 0-based offset in ``text`` where reading failed.
    """

    def __init__(self, text: str, position: int, expected: str) -> None:
        self.text = text
        self.position = position
        self.expected = expected
        shown = text if len(text) <= 60 else text[:57] + "..."
        super().__init__(
            f"cannot read citation {shown!r}: at position {position}, expected {expected}"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.text, self.position, self.expected))


class UnknownProvisionError(FoilibError, LookupError):
    """A citation names no provision in foilib's statute catalogue.

    ``suggestions`` holds the nearest real provisions, best first.
    """

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        self.suggestions = suggestions
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.args[0], self.suggestions))


class AmbiguousCitationError(UnknownProvisionError):
    """A citation with no regime could mean provisions of more than one regime.

    ``candidates`` lists the canonical citations it could mean.
    """

    def __init__(
        self,
        message: str,
        suggestions: tuple[str, ...] = (),
        candidates: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message, suggestions)
        self.candidates = candidates

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.args[0], self.suggestions, self.candidates))


class CaseError(FoilibError, ValueError):
    """A case's history is impossible (a fee received before any fees notice)."""


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class NotInForceError(UnknownProvisionError):
    """A provision exists in the catalogue but was not in force on the day asked about.

    ``in_force_from`` is the day it came into force (``None`` if it had been repealed);
    ``repealed_on`` the day it ceased to have effect (``None`` if it had not yet come in).
    """

    def __init__(
        self,
        message: str,
        in_force_from: object = None,
        repealed_on: object = None,
    ) -> None:
        super().__init__(message)
        self.in_force_from = in_force_from
        self.repealed_on = repealed_on

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.args[0], self.in_force_from, self.repealed_on))


class OtherInstrumentError(CitationError):
    """The text cites another instrument (the Data Protection Act 2018, the UK GDPR,
    the Fees Regulations ...), not FOIA, the EIR, FOISA or the EISR.

    ``instrument`` is the instrument's name as written (None for an article whose
    instrument is not named); :func:`foilib.find_citations` with ``others=True``
    returns such citations as :class:`foilib.OtherCitation`.
    """

    def __init__(self, text: str, position: int, instrument: str | None) -> None:
        self.instrument = instrument
        named = repr(instrument) if instrument else "another instrument"
        super().__init__(
            text,
            position,
            f"a FOIA, EIR, FOISA or EISR provision, but this cites {named}",
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.text, self.position, self.instrument))
