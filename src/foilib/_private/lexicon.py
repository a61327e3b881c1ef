"""The words citations are written with: data only, read by the tokenizer and the grammar.

Nothing here is a rule of law: these are the spellings officers, regulators and
tribunals use for markers ("section", "s.", "reg."), the four regimes' names,
the other instruments FOI letters cite beside them, and the connecting words of
lists, ranges and relative references. The grammar in :mod:`.parse` reads them.
"""

from __future__ import annotations

__all__ = [
    "ACT",
    "ARTICLE",
    "HEADING_MAX_WORDS",
    "INSTRUMENT_HEADS",
    "KEYWORDS",
    "LAST_PROVISION",
    "LEAD_BLOCKERS",
    "LOOKBACK_CHARS",
    "MARKERS",
    "MAX_DEPTH",
    "MAX_ITEMS",
    "NOT_LAW",
    "NOT_LAW_MARK",
    "OTHER_ABBREVIATIONS",
    "OTHER_QUALIFIERS",
    "OWNER_DETERMINERS",
    "RANGE_PUNCT",
    "RANGE_WORDS",
    "REGIME_ABBREVIATIONS",
    "REGIME_YEARS",
    "REGS",
    "RELATIVE_CONNECTORS",
    "RELATIVE_WORDS",
    "SCOT",
    "SCOTLAND_WORDS",
    "SEP_WORDS",
    "THAT",
    "THAT_WORDS",
    "TITLE_CONNECTORS",
    "TITLE_MAX_TOKENS",
    "UK",
]

# What a marker or a regime name says about the instrument and the jurisdiction.
ACT, REGS, ARTICLE = "act", "regs", "article"
UK, SCOT = "uk", "scot"

#: Levels of subsection a citation may have: "(1)(a)(i)" is three.
MAX_DEPTH = 6
#: Items one list may hold before the reader starts a new list (bounds memory).
MAX_ITEMS = 200
#: Words a bracketed heading such as "(Law enforcement)" may have.
HEADING_MAX_WORDS = 14
#: Tokens an instrument's title may have ("Freedom of Information and Data
#: Protection (Appropriate Limit and Fees) Regulations 2004" has 15).
TITLE_MAX_TOKENS = 30
#: Characters looked at before a marker for an instrument named in front of it.
LOOKBACK_CHARS = 240

#: Marker word -> (what it cites, whether it is plural).
MARKERS: dict[str, tuple[str, bool]] = {
    "section": (ACT, False),
    "sec": (ACT, False),
    "s": (ACT, False),
    "sections": (ACT, True),
    "secs": (ACT, True),
    "ss": (ACT, True),
    "regulation": (REGS, False),
    "reg": (REGS, False),
    "r": (REGS, False),
    "regulations": (REGS, True),
    "regs": (REGS, True),
    "article": (ARTICLE, False),
    "art": (ARTICLE, False),
    "articles": (ARTICLE, True),
    "arts": (ARTICLE, True),
}
#: The keywords a misspelt marker is compared with for a suggestion.
KEYWORDS = ("section", "sections", "regulation", "regulations", "article")

SEP_WORDS = frozenset({"and", "or"})
#: "31(1)(a) to (c)", "31(1)(a) - (f)".
RANGE_WORDS = frozenset({"to"})
RANGE_PUNCT = frozenset({"-", "\u2013", "\u2014", "\u2012", "\u2011"})
#: The years of the four regimes' instruments, written after their titles.
REGIME_YEARS = frozenset({"2000", "2002", "2004"})
SCOTLAND_WORDS = frozenset({"s", "scotland"})

#: A regime abbreviation -> (instrument, jurisdiction); None = not said.
#: "EIRs" names regulations only: the Scottish Commissioner also says "the EIRs".
REGIME_ABBREVIATIONS: dict[str, tuple[str | None, str | None]] = {
    "foia": (ACT, UK),
    "foisa": (ACT, SCOT),
    "eir": (REGS, UK),
    "eirs": (REGS, None),
    "eisr": (REGS, SCOT),
    "eisrs": (REGS, SCOT),
}

#: Words that end the title of an instrument ("... Act 2018", "... Regulations 2004").
INSTRUMENT_HEADS = frozenset(
    {
        "act",
        "acts",
        "regulations",
        "regulation",
        "order",
        "rules",
        "measure",
        "directive",
        "convention",
        "rights",
    }
)
#: Lower-case words allowed inside a title ("Commissioners for Revenue and Customs Act").
TITLE_CONNECTORS = frozenset({"of", "and", "for", "in", "on"})
#: Other instruments written as abbreviations (upper case as written).
OTHER_ABBREVIATIONS = frozenset(
    {"DPA", "GDPR", "HRA", "ECHR", "LGA", "RIPA", "IPA", "PACE", "CRCA", "PECR", "DPR", "PIDA"}
)
#: Words written before an abbreviation and part of its name ("UK GDPR").
OTHER_QUALIFIERS = frozenset({"UK", "EU"})

#: Relative references after a citation: "with subsection (2)(a)", "paragraphs (a) and (b)".
RELATIVE_WORDS = frozenset(
    {
        "subsection",
        "subsections",
        "paragraph",
        "paragraphs",
        "para",
        "paras",
        "subparagraph",
        "subparagraphs",
    }
)
#: Words allowed between a citation and its relative reference.
RELATIVE_CONNECTORS = frozenset(
    {
        "with",
        "read",
        "together",
        "by",
        "virtue",
        "of",
        "under",
        "in",
        "particular",
        "namely",
        "specifically",
        "and",
        "or",
        "the",
        "as",
        "at",
        "its",
        "purposes",
        "purpose",
        "for",
        "also",
        "including",
        "see",
        "alternative",
        "alternatively",
    }
)

#: "section 23 of that Act": the instrument named last before it.
THAT_WORDS = frozenset({"that"})
#: The instrument name a citation gets from "that Act" until resolved.
THAT = "that Act"

#: "section 2 of this report": a section of a document, not of an instrument.
OWNER_DETERMINERS = frozenset({"this", "the", "our", "that", "your", "its", "my"})
NOT_LAW = frozenset(
    {
        "notice",
        "report",
        "letter",
        "decision",
        "document",
        "guidance",
        "policy",
        "agreement",
        "contract",
        "form",
        "plan",
        "response",
        "request",
        "judgment",
        "appendix",
        "annex",
        "guide",
        "strategy",
        "manual",
        "handbook",
        "website",
        "minutes",
        "spreadsheet",
    }
)
NOT_LAW_MARK = "not law"
#: Words that make an instrument named before a comma a definition's source, not
#: the citation's instrument ("as defined in the DPA 2018, section 40(2) applies").
LEAD_BLOCKERS = frozenset({"defined", "definition", "definitions", "meaning", "purposes"})

#: The last section (regulation) of each regime's instrument, by regime value. In
#: running text a section or regulation beyond it, with no regime named for it
#: ("a Section 106 agreement"), belongs to another instrument. Source: the tables
#: of contents on legislation.gov.uk: FOIA 2000 s.88 (Commencement), FOISA 2002
#: s.76 (Short title and commencement), EIR 2004 reg.21 (unverified in this
#: session); EISR 2004 reg.21 (Revocation of Regulations), checked against the
#: SSI 2004/520 contents.
LAST_PROVISION: dict[str, int] = {"foia": 88, "foisa": 76, "eir": 21, "eisr": 21}
