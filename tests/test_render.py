"""foilib.render: golden files for every shared letter, escaping, templates, errors.

The golden files live in tests/data/golden/<letter>.{txt,md,html}. After an
intended change to the output, regenerate them with

    FOILIB_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_render.py

and review the diff. Without the variable a mismatch fails; nothing is rewritten.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given

import foilib
from foilib import Disposition, Regime, Response
from foilib.rendering import FORMATS, build_letter, render
from foilib.strategies import responses

DATA = Path(__file__).parent / "data"
LETTERS = DATA / "letters"
GOLDEN = DATA / "golden"
NAMES = sorted(p.stem for p in LETTERS.glob("*.json"))
SUFFIX = {"text": "txt", "markdown": "md", "html": "html", "letter": "letter.txt"}
REGENERATE = os.environ.get("FOILIB_REGENERATE_GOLDEN") == "1"

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def load(name: str) -> Response:
    return foilib.from_json((LETTERS / f"{name}.json").read_text(encoding="utf-8"), Response)


def hostile() -> Response:
    """A response with markup in every kind of text a request or letter supplies."""
    evil = f"{SCRIPT} {IMG}"
    return Response(
        authority=foilib.Authority(evil, regimes=(Regime.FOIA,), unit=evil),
        regime=Regime.FOIA,
        request=foilib.Request(
            text=evil,
            parts=(
                foilib.RequestPart(
                    "1", evil, parts=(foilib.RequestPart("a", f"*bold* _it_ [x](y) {evil}"),)
                ),
            ),
            definitions=(foilib.Definition(evil, evil),),
        ),
        subject=evil,
        answers=(
            foilib.Answer(
                ("1/a",),
                Disposition.PROVIDED,
                evil,
                attachments=(foilib.Attachment(evil, "javascript:alert(1)"),),
            ),
        ),
        exemption_claims=(
            foilib.ExemptionClaim(
                evil,
                reasons=(evil,),
                public_interest=foilib.PublicInterest((evil,), (evil,), (evil,), conclusion=evil),
            ),
        ),
        refusal_notice=foilib.RefusalNotice(statement=evil, reasons=(evil,)),
        rights=foilib.Rights(
            internal_review=evil, internal_review_contact=foilib.Contact((evil,), email=evil)
        ),
        reuse_licence=foilib.ReuseLicence(evil),
        passages=tuple(foilib.Passage(k, evil) for k in foilib.PassageKind),
        provenance=foilib.Provenance(evil, True, evil),
    )


def assert_no_markup(page: str) -> None:
    lowered = page.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert not any(h.startswith("javascript") for h in re.findall(r'href="([^"]*)"', lowered))


# --------------------------------------------------------------------------- golden files


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", NAMES)
def test_golden(name: str, fmt: str) -> None:
    path = GOLDEN / f"{name}.{SUFFIX[fmt]}"
    got = render(load(name), fmt)
    if REGENERATE:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(got.encode("utf-8"))
    assert path.exists(), f"no golden file {path}: set FOILIB_REGENERATE_GOLDEN=1 to write it"
    # Bytes, not text mode: the comparison must see every space and line ending.
    assert got == path.read_bytes().decode("utf-8"), f"{path} differs; see the module docstring"


def test_every_letter_has_golden_files() -> None:
    assert len(NAMES) == 7
    expected = {f"{n}.{s}" for n in NAMES for s in SUFFIX.values()}
    assert {p.name for p in GOLDEN.iterdir()} == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_deterministic(fmt: str) -> None:
    for name in NAMES:
        assert render(load(name), fmt) == render(load(name), fmt)


# --------------------------------------------------------------------------- content


@pytest.mark.parametrize("name", NAMES)
def test_text_keeps_letter_text_verbatim(name: str) -> None:
    response = load(name)
    page = render(response)
    quoted = [a.text for a in response.answers]
    quoted += [p.text for _, p in response.request.iter_parts()]
    quoted += [c for claim in response.exemption_claims for c in claim.reasons]
    if response.request.text:
        quoted.append(response.request.text)
    for text in quoted:
        assert text in page


@pytest.mark.parametrize("name", NAMES)
def test_html_holds_the_same_letter_text(name: str) -> None:
    response = load(name)
    page = render(response, "html")
    for answer in response.answers:
        assert html.escape(answer.text, quote=True) in page


def test_leicester_layout() -> None:
    page = render(load("leicester-childrens-analytics"))
    # The answer covering parts 4-6 comes once, after part 6.
    assert page.count("None in respect of Qs. 4-6.") == 1
    assert page.index("Part 6:") < page.index("Answer to parts 4, 5 and 6 (information not held)")
    assert "This answer refers back to the answer to part 1." in page
    assert "By data analytics we mean the processing" in page
    assert "Section 17.1 — FOIA s.17(1): Refusal notice" in page
    assert "info.requests@leicester.gov.uk" in page
    assert "Licence: Open Government Licence" in page
    # Headings such as "You asked:" are the original's layout and are left out.
    assert "You asked:" not in page
    assert "incomplete" not in page


def test_truncated_letters_say_so() -> None:
    for name in NAMES:
        response = load(name)
        truncated = response.provenance is not None and response.provenance.truncated
        for fmt in FORMATS:
            assert ("This copy of the letter is incomplete" in render(response, fmt)) is truncated


def test_markings_shown_once_and_letter_kind_named() -> None:
    page = render(load("metropolitan-police-internal-review-acknowledgement"))
    assert page.count("Marking: Official Sensitive") == 1
    assert "Letter: Acknowledgement of an internal review request" in page
    assert page.index("Dear [REDACTED]") < page.index("Yours sincerely")


def test_exemption_without_public_interest_reasoning() -> None:
    page = render(load("national-archives-infanticide-paper-s40"))
    assert "Catalogue title: Personal data of which the applicant is not the data subject" in page
    assert "The letter gives no public-interest reasoning." in page


def test_public_interest_factors_and_absolute_provisions() -> None:
    claim = foilib.ExemptionClaim(
        "Section 43(2)",
        foilib.Citation(Regime.FOIA, "43", ("2",)),
        public_interest=foilib.PublicInterest(
            for_disclosure=("Transparency in spending.",),
            against_disclosure=("Harm to the contractor.",),
            conclusion="The balance favours withholding.",
        ),
    )
    absolute = foilib.ExemptionClaim("section 21", foilib.Citation(Regime.FOIA, "21"))
    unknown = foilib.ExemptionClaim("section 999", foilib.Citation(Regime.FOIA, "999"))
    response = Response(
        authority=foilib.Authority("A", regimes=(Regime.FOIA,)),
        regime=Regime.FOIA,
        request=foilib.Request(text="Contract values."),
        exemption_claims=(claim, absolute, unknown),
        refusal_notice=foilib.RefusalNotice(
            advice_and_assistance="Try asking for totals.",
            public_interest_estimate=dt.date(2024, 3, 5),
        ),
    )
    page = render(response)
    assert "Factors in favour of disclosure:\n- Transparency in spending." in page
    assert "Factors in favour of withholding:\n- Harm to the contractor." in page
    assert "Conclusion on the public interest:\nThe balance favours withholding." in page
    assert "The public interest test does not apply to this provision." in page
    assert "Catalogue title" not in page.split("FOIA s.999")[1]
    assert "Advice and assistance:\nTry asking for totals." in page
    assert "Public-interest decision expected by: 5 March 2024" in page


def test_nested_parts_are_indented_and_answers_follow_the_last_part() -> None:
    request = foilib.Request(
        parts=(
            foilib.RequestPart("1", "Staff", parts=(foilib.RequestPart("a", "How many?"),)),
            foilib.RequestPart("2", "Budget"),
        )
    )
    response = Response(
        authority=foilib.Authority("A", regimes=(Regime.FOIA,)),
        regime=Regime.FOIA,
        request=request,
        answers=(foilib.Answer(("2", "1/a"), Disposition.NOT_HELD, "Not held."),),
    )
    page = render(response)
    assert "\n    Part 1/a:\n    How many?\n" in page
    assert page.index("Part 2:") < page.index("Answer to parts 2 and 1/a")
    # Part 1 has sub-parts and 1/a is answered: no part lacks an answer.
    assert "The letter gives no answer to this part." not in page
    md = render(response, "markdown")
    assert "\n  - **Part 1/a:**\\\n    How many?\n" in md


# --------------------------------------------------------------------------- escaping


def test_html_escapes_markup_from_the_letter() -> None:
    page = render(hostile(), "html")
    assert_no_markup(page)
    assert html.escape(SCRIPT, quote=True) in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert page.startswith("<!DOCTYPE html>\n<html lang=")
    assert page.endswith("</html>\n")
    assert "<link" not in page and " src=" not in page.replace("&lt;img src=", "")


class _Balance(HTMLParser):
    """Checks that every element opened is closed, in order (void elements aside)."""

    VOID = frozenset({"meta", "br"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag


@pytest.mark.parametrize("name", NAMES)
def test_html_is_a_balanced_document_without_scripts(name: str) -> None:
    checker = _Balance()
    checker.feed(render(load(name), "html"))
    checker.close()
    assert checker.stack == []
    assert {"html", "head", "body", "title", "main", "h1"} <= checker.tags
    assert not checker.tags & {"script", "link", "img", "iframe", "object"}


def test_html_links_only_web_addresses() -> None:
    page = render(load("national-archives-infanticide-paper-s40"), "html")
    url = "https://cdn.nationalarchives.gov.uk/documents/CAS-216113-attachment.pdf"
    assert f'<a href="{url}">{url}</a>' in page
    assert "<a " not in render(hostile(), "html")


def test_markdown_escapes_markup_from_the_letter() -> None:
    md = render(hostile(), "markdown")
    # Every "<" is backslash-escaped, so none can open an HTML tag.
    assert not re.search(r"(?<!\\)<", md)
    assert r"\<script\>alert(1)\</script\>" in md
    assert r"\*bold\* \_it\_ \[x\](y)" in md


@pytest.mark.parametrize(
    ("line", "escaped"),
    [
        ("# heading", r"\# heading"),
        ("- item", r"\- item"),
        ("+ item", r"\+ item"),
        ("1. item", r"1\. item"),
        ("12) item", r"12\) item"),
        ("===", r"\==="),
        ("> quote", r"\> quote"),
        ("`code`", r"\`code\`"),
        ("a | b", r"a \| b"),
        ("~~gone~~", r"\~\~gone\~\~"),
        ("&amp; &#60;", r"\&amp; \&\#60;"),
        ("Friends & Family", "Friends & Family"),
        ("back\\slash", "back\\\\slash"),
        ("2018 – 2019", "2018 – 2019"),
    ],
)
def test_markdown_escaping(line: str, escaped: str) -> None:
    response = Response(
        authority=foilib.Authority("A", regimes=(Regime.FOIA,)),
        regime=Regime.FOIA,
        request=foilib.Request(text=f"{line}\nnext"),
    )
    md = render(response, "markdown")
    assert f"\n{escaped}\\\nnext\n" in md


def test_markdown_keeps_line_breaks_and_paragraphs() -> None:
    md = render(load("northumbria-university-research-funding"), "markdown")
    assert "Information not held.\n\n  Northumbria University do not have investment funds." in md


# --------------------------------------------------------------------------- templates


def test_template() -> None:
    template = (
        "{{ letter.title }} / {{ response.regime.name }}\n"
        "{% for s in letter.sections %}{{ s.key }};{% endfor %}\n"
    )
    got = render(load("leicester-childrens-analytics"), template=template)
    assert got == (
        "Leicester City Council / FOIA\nletter;request;definitions;refusal;reuse;rights;about;\n"
    )


def test_template_autoescapes_html_only() -> None:
    template = "{{ response.request.text }}"
    page = render(hostile(), "html", template=template)
    assert "<" not in page and ">" not in page and '"' not in page
    assert html.unescape(page) == f"{SCRIPT} {IMG}"
    assert render(hostile(), "text", template=template) == f"{SCRIPT} {IMG}"


def test_template_undefined_names_fail() -> None:
    with pytest.raises(foilib.TemplateError, match="undefined"):
        render(load("leicester-childrens-analytics"), template="{{ letter.nonsense }}")


def test_template_without_jinja2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jinja2", None)
    with pytest.raises(foilib.ArgumentError, match=r"pip install 'foilib\[templates\]'"):
        render(load("leicester-childrens-analytics"), template="{{ letter.title }}")


def test_letter_view() -> None:
    letter = build_letter(load("leicester-childrens-analytics"))
    request = letter.section("request")
    assert request is not None and request.title == "Your request"
    assert letter.section("exemptions") is None
    assert [r for r in letter.summary.rows if r[0] == "Regime"] == [
        ("Regime", "Freedom of Information Act 2000 (FOIA)")
    ]


# --------------------------------------------------------------------------- errors


def test_bad_format() -> None:
    with pytest.raises(foilib.ArgumentError) as caught:
        render(load("leicester-childrens-analytics"), "pdf")
    assert caught.value.argument == "format"
    assert caught.value.value == "pdf"
    assert "'text', 'markdown', 'html'" in str(caught.value)
    assert not isinstance(caught.value, TypeError)


def test_bad_argument_types() -> None:
    with pytest.raises(foilib.ArgumentTypeError) as caught:
        render("not a response")  # type: ignore[arg-type]
    assert caught.value.argument == "response"
    with pytest.raises(foilib.ArgumentTypeError):
        render(load("leicester-childrens-analytics"), 1)  # type: ignore[arg-type]
    with pytest.raises(foilib.ArgumentTypeError):
        render(load("leicester-childrens-analytics"), template=b"x")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties


@given(responses())
def test_render_never_raises_and_html_never_carries_markup(response: Response) -> None:
    for fmt in FORMATS:
        page = render(response, fmt)
        assert page.endswith("\n")
    page = render(response, "html")
    assert "<script" not in page.lower()
    for answer in response.answers:
        assert answer.text in render(response)


def test_answer_under_another_regime_says_so() -> None:
    letter = foilib.from_json(
        (Path(__file__).parent / "data/letters/leicester-childrens-analytics.json").read_text(
            "utf-8"
        ),
        foilib.Response,
    )
    first = attrs.evolve(letter.answers[0], regime=foilib.Regime.EIR)
    changed = attrs.evolve(letter, answers=(first, *letter.answers[1:]))
    assert "Answer (information provided, under the EIR):" in render(changed, "text")


# --- the regime's own law (issue 10, issue 13 s.2) ---------------------------------------


def _scottish(regime: Regime, **kw: object) -> Response:
    fields: dict[str, object] = {
        "authority": foilib.Authority("A Council", (Regime.FOISA, Regime.EISR)),
        "regime": regime,
        "request": foilib.Request(parts=(foilib.RequestPart("1", "Send the survey."),)),
        "answers": (foilib.Answer(("1",), Disposition.WITHHELD, "Withheld."),),
        "rights": foilib.Rights(
            internal_review="Ask us for a review.",
            commissioner="You may then apply for a decision.",
            commissioner_contact=foilib.Contact(email="enquiries@foi.scot"),
        ),
    }
    fields.update(kw)
    return Response(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("regime", [Regime.FOISA, Regime.EISR])
def test_scottish_letters_name_the_scottish_commissioner(regime: Regime) -> None:
    # FOISA s.47(1); EISR reg 17 applies it: the Scottish Information Commissioner.
    text = render(_scottish(regime))
    assert "Scottish Information Commissioner:\n" in text
    assert "Scottish Information Commissioner contact" in text
    assert "\nInformation Commissioner" not in text


@pytest.mark.parametrize(
    ("regime", "words"),
    [
        (Regime.FOIA, "the cost of compliance would exceed the limit"),
        (Regime.EIR, "manifestly unreasonable"),
        (Regime.EISR, "manifestly unreasonable"),
    ],
)
def test_cost_refusal_in_the_regimes_own_terms(regime: Regime, words: str) -> None:
    # EIR reg 12(4)(b) / EISR reg 10(4)(b): no cost limit, a manifestly unreasonable request.
    r = Response(
        authority=foilib.Authority("A Council", tuple(Regime)),
        regime=regime,
        request=foilib.Request(parts=(foilib.RequestPart("1", "Everything."),)),
        answers=(foilib.Answer(("1",), Disposition.REFUSED_COST, "Too much."),),
        refusal_notice=foilib.RefusalNotice(grounds=(Disposition.REFUSED_COST,)),
    )
    text = render(r)
    assert words in text
    if regime.is_environmental:
        assert "would exceed the limit" not in text


# --- the outgoing letter (issue 13 s.5) ---------------------------------------------------


def test_outgoing_letter_reads_as_a_letter() -> None:
    r = Response(
        authority=foilib.Authority("A Council", (Regime.FOIA,), unit="FOI Team"),
        regime=Regime.FOIA,
        request=foilib.Request(
            received_on=dt.date(2026, 11, 2),
            requester=foilib.Requester("Ms A Smith"),
            parts=(foilib.RequestPart("1", "How many?"), foilib.RequestPart("2", "The report.")),
        ),
        sent_on=dt.date(2026, 11, 27),
        answers=(
            foilib.Answer(("1",), Disposition.PROVIDED, "Twelve."),
            foilib.Answer(("2",), Disposition.WITHHELD, "Withheld."),
        ),
        exemption_claims=(
            foilib.ExemptionClaim(
                "section 43(2)",
                foilib.Citation(Regime.FOIA, "43", ("2",)),
                parts=("2",),
                reasons=("Disclosure would harm the supplier.",),
                public_interest=foilib.PublicInterest(
                    for_disclosure=("Openness.",),
                    against_disclosure=("Fair competition.",),
                    conclusion="The balance favours withholding.",
                ),
            ),
        ),
    )
    text = render(foilib.fill_particulars(r), "letter")
    order = [
        "A Council\nFOI Team",
        "27 November 2026",
        "Dear Ms A Smith,",
        "received on 2 November 2026",
        "1. How many?",
        "Answer (information provided): Twelve.",
        "2. The report.",
        "section 43(2) (Prejudice to commercial interests): applies to part 2.",
        "Disclosure would harm the supplier.",
        "- Fair competition.",
        "The balance favours withholding.",
        "internal review",
        "Information Commissioner",
        "SK9 5AF",
        "Yours sincerely,\n\nFOI Team",
    ]
    at = [text.index(s) for s in order]
    assert at == sorted(at)
    assert "Provision as written" not in text  # a letter, not a description of one


def test_filled_particulars_are_marked_in_the_description() -> None:
    letter = load("leicester-childrens-analytics")
    text = render(foilib.fill_particulars(letter))
    assert "Information Commissioner (added by foilib):" in text
    assert "Internal review (added" not in text
