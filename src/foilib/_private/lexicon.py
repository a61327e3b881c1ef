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
    "EVIDENCE_WORDS",
    "FOI_CUES",
    "HEADING_MAX_WORDS",
    "INSTRUMENT_HEADS",
    "KEYWORDS",
    "LAST_PROVISION",
    "LEAD_BLOCKERS",
    "LOOKBACK_CHARS",
    "MARKERS",
    "MAX_DEPTH",
    "MAX_ITEMS",
    "NEGATIONS",
    "NOT_LAW",
    "NOT_LAW_MARK",
    "OTHER_ABBREVIATIONS",
    "OTHER_QUALIFIERS",
    "OTHER_WINDOW_CHARS",
    "OWNER_DETERMINERS",
    "RANGE_PUNCT",
    "RANGE_WORDS",
    "REFERENCE_GLUE",
    "REGIME_ABBREVIATIONS",
    "REGIME_YEARS",
    "REGS",
    "REGS_WINDOW_CHARS",
    "RELATIVE_CONNECTORS",
    "RELATIVE_WORDS",
    "SCOT",
    "SCOTLAND_WORDS",
    "SECTION_RANGE_MAX",
    "SEP_WORDS",
    "THAT",
    "THAT_WORDS",
    "TITLE_CONNECTORS",
    "TITLE_MAX_TOKENS",
    "UK",
    "YEAR_REGIMES",
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
#: of contents on legislation.gov.uk: FOIA 2000 (c.36) s.88 (Short title and
#: extent; s.87 is Commencement) -- unverified in the stored material, from the
#: contents as recalled; FOISA 2002 (asp 13) s.76 (Short title): the Explanatory
#: Notes' section-by-section list ends Part 7 with s.75 Commencement, so s.76 is
#: the short title (checked); EIR 2004 (SI 2004/3391) reg.21 (Revocation) --
#: unverified in the stored material; EISR 2004 reg.21 (Revocation of
#: Regulations), checked against the SSI 2004/520 contents.
LAST_PROVISION: dict[str, int] = {"foia": 88, "foisa": 76, "eir": 21, "eisr": 21}

# --- the document's regime and other instruments named nearby ------------------------

#: Words before a regime name that rule it out ("... and not the Freedom of
#: Information Act 2000", "rather than FOISA"): such a mention is no evidence of
#: the document's regime.
NEGATIONS = ("not", "nor", "rather than", "instead of", "other than", "as opposed to")
#: Words before a regime name that make it stronger evidence ("dealt with under
#: the Freedom of Information (Scotland) Act 2002"): weight 2 instead of 1; the
#: first mention (a heading) also counts 2.
EVIDENCE_WORDS = frozenset({"under"})
#: Characters that glue a regime abbreviation into a reference number
#: ("FOIA-2024-77", "FOISA/22", "EIR_17"): such a token names no regime.
REFERENCE_GLUE = frozenset("-/_\\#:")
#: Characters looked back, within the sentence, for another instrument named
#: before a bare "section N" ("detained under the Mental Health Act 1983 ...
#: section 136"); a bare "regulation N" looks this far back for the most
#: recent regulations named, across sentences.
OTHER_WINDOW_CHARS = 300
REGS_WINDOW_CHARS = 400
#: Words that end a clause, so that another Act named before them does not reach a
#: bare "section N" after them ("prohibited by the Children Act 1989, so section 44
#: applies" is FOI law's s.44: the s.44 exemption names the prohibiting Act).
CLAUSE_BREAKS = ("so", "therefore", "thus", "hence", "which means", "meaning", "and so")
#: "and" ends the clause too, unless a citation came between the Act and it (a list:
#: "the Mental Health Act 1983, split between section 2, section 3 and section 135").
CLAUSE_AND = "and"
#: Words joining two citations in one phrase, each read on its own by
#: ``parse_citations`` ("section 40(2) by virtue of section 40(3A)(a)").
JOINING_PHRASES = ("by virtue of", "read with", "read together with", "in conjunction with")
#: Words straight before a bare marker that keep it FOI law even after another
#: Act was named in the sentence ("personal data as defined in the Data
#: Protection Act 2018 and exempt under section 40(2)").
FOI_CUES = frozenset(
    {
        "exempt",
        "exemption",
        "exemptions",
        "withheld",
        "withhold",
        "withholding",
        "engaged",
        "engage",
        "engages",
        "refused",
        "refuse",
        "relied",
        "rely",
        "relying",
        "applied",
        "applying",
    }
)
#: "sections 27-29", "sections 21 to 44": every section of a section-level range
#: when it spans at most this many sections ("sections 21 to 44", Part II of FOIA,
#: spans 24); numbers the regime's catalogue lacks are dropped.
SECTION_RANGE_MAX = 30
#: "section 38(1)(b) of the 2002 Act" where the text names no other instrument of
#: that year: (year, "act"/"regulations") -> the regime's (instrument, jurisdiction).
#: FOIA is the Freedom of Information Act 2000 (c.36); FOISA the Freedom of
#: Information (Scotland) Act 2002 (asp 13). Regulations of 2004 are EIR and EISR
#: both, so the jurisdiction is left to the document.
YEAR_REGIMES: dict[tuple[str, str], tuple[str | None, str | None]] = {
    ("2000", "act"): (ACT, UK),
    ("2002", "act"): (ACT, SCOT),
    ("2004", "regulations"): (REGS, None),
}
