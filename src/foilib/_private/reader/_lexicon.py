"""The words the reader looks for, as data: headings, cues of each disposition, regime names.

These are the phrases officers use in letters, not rules of law: the statutory meaning of
a cited provision always comes from the catalogue (:mod:`foilib._private.catalogue`).
Every pattern is matched case-insensitively.
"""

from __future__ import annotations

import re

from ..model import Disposition, LetterKind, Licence
from ..regimes import Regime

__all__ = [
    "COMMISSIONER",
    "DEFINITION",
    "DISPOSITION_CUES",
    "KIND_CUES",
    "LICENCE",
    "LICENCE_NAMES",
    "MARKING",
    "PROVIDE_CUES",
    "REFUSAL_STATEMENT",
    "REGIME_NAMES",
    "REVIEW",
    "SIGN_OFF",
]

_I = re.IGNORECASE

#: Names of the four regimes as letters write them (the longest first).
REGIME_NAMES: tuple[tuple[re.Pattern[str], Regime], ...] = (
    (
        re.compile(r"Environmental\s+Information\s+\(Scotland\)\s+Regulations|\bEISRs?\b", _I),
        Regime.EISR,
    ),
    (
        re.compile(r"Freedom\s+of\s+Information\s+\(Scotland\)\s+Act|\bFOISA\b|\bFOI\(S\)A\b", _I),
        Regime.FOISA,
    ),
    (re.compile(r"Environmental\s+Information\s+Regulations|\bEIRs?\b", _I), Regime.EIR),
    (re.compile(r"Freedom\s+of\s+Information\s+Act|\bFOIA\b|\bFOI\s+Act\b", _I), Regime.FOIA),
)

#: Headings that open the restated request, the outcome and the answers.
REQUEST_HEADINGS = re.compile(
    r"^(?:request|your request|the request|you asked|you requested|request details|"
    r"information requested|details of (?:your )?request|what you asked for)\s*:?\s*$",
    _I,
)
OUTCOME_HEADINGS = re.compile(r"^(?:outcome|decision|summary of (?:the )?outcome)\s*:?\s*$", _I)
RESPONSE_HEADINGS = re.compile(
    r"^(?:response|our response|answer|reply|the answer|our reply|information provided|"
    r"(?:our|the|my) (?:response|reply|answer)s? (?:to your (?:request|questions?) )?"
    r"(?:is|are) (?:as follows|set out below|below)|"
    r"answer(?: to (?:parts?|questions?) [^()]*)?\s*\((?:[^()]|\([^()]*\))*\))\s*[:.]?\s*$",
    _I,
)
#: "Response:" written at the start of an answer, before its text.
INLINE_ANSWER_LABEL = re.compile(
    r"^(?:(?:response|answer|reply|our response)\s*[:\-–]|A\s?\d{1,3}[a-z]?\s*[.:)\-–])\s*", _I
)
#: A lead-in sentence before numbered answers ("I can advise as follows.").
ANSWER_LEAD = re.compile(
    r"\bas follows\b|\bset out below\b|\b(?:I|we) (?:can|am able to|are able to) "
    r"(?:advise|confirm|respond|provide)|^in (?:response|reply) to your (?:request|questions?)",
    _I,
)
PUBLIC_INTEREST_HEADING = re.compile(r"public interest", _I)
PI_FOR = re.compile(
    r"(?:in favour of|favouring|for) (?:the )?(?:disclosure|disclosing|release)", _I
)
PI_AGAINST = re.compile(
    r"against (?:disclosure|disclosing|release)|(?:in favour of|favouring) (?:maintaining|"
    r"withholding|non-disclosure|the exemption|the exception)",
    _I,
)
PI_BALANCE = re.compile(r"\bbalanc|\bconclusion|\bdecision\b", _I)
#: Headings inside an exemption's reasoning ("Overall Harm", "Evidence of harm").
CLAIM_HEADING = re.compile(
    r"\bharm\b|prejudice|engaged|\bfactors\b|balanc|public interest|\btest\b|reasons?\b|"
    r"evidence|conclusion",
    _I,
)
#: A heading that names the parts the text below it answers ("Questions 1 & 2").
PART_HEADING = re.compile(
    r"^(?:Q(?:uestions?|s)?|Parts?)\.?\s*\d+[a-z]?(?:\s*(?:-|–|to|&|and|,)\s*\d+[a-z]?)*"
    r"\s*:?$",
    _I,
)
#: "Reasons for decision": the claim's reasoning, not the public interest balance.
REASONS_HEADING = re.compile(r"^reasons?\b", _I)
PI_CONCLUSION = re.compile(
    r"^(?:on balance|the balance|having considered|we have (?:therefore )?concluded|"
    r"in conclusion|it is (?:therefore )?(?:our|the trust'?s|the council'?s) view)",
    _I,
)

#: A sentence (anywhere in a paragraph) that concludes a public interest test.
PI_CONCLUSION_INLINE = re.compile(
    r"public interest in (?:maintaining|favour of maintaining|withholding|applying|neither)"
    r"[^.]{0,120}\boutweighs?\b|\boutweighs? the public interest in (?:maintaining|"
    r"withholding)|(?:we|I) have (?:therefore )?concluded that the (?:balance of the )?"
    r"public interest|on balance,? the public interest|the balance of the public interest "
    r"(?:lies|favours)",
    _I,
)
#: A statement that an exemption is absolute (no public interest test applies).
ABSOLUTE = re.compile(
    r"\babsolute exemptions?\b|\b(?:is|are) absolute\b|no (?:requirement|need) to "
    r"(?:consider|conduct|carry out) (?:the |a )?public interest",
    _I,
)

#: Words just before a citation that make it a mention of how the law works, not a
#: claim ("the presumption in favour of disclosure in regulation 12(2)"); the provision's
#: kind still comes from the catalogue for every other citation.
PROCEDURAL_MENTION = re.compile(
    r"presumption in favour of disclosure[^.]{0,60}$|(?:duty|obligation) to (?:provide "
    r"advice and assistance|confirm or deny)[^.]{0,30}(?:under|in|at)\s*$|"
    r"(?:time for compliance|working days?)[^.]{0,30}(?:under|in|at)\s*$",
    _I,
)

#: A protective marking or page furniture repeated on every page.
MARKING = re.compile(
    r"^(?:official(?:[ -]sensitive)?|official sensitive|not protectively marked|restricted|"
    r"unclassified|protect|confidential|page \d+(?: of \d+)?)\s*$",
    _I,
)
SALUTATION = re.compile(r"^dear\b", _I)
SIGN_OFF = re.compile(
    r"^(?:yours (?:sincerely|faithfully|truly)|kind regards|best regards|regards|"
    r"best wishes|many thanks|with regards)\b",
    _I,
)
#: "Our ref: X", "FOI request reference: X", "Freedom of Information Request: X".
REFERENCE = re.compile(
    r"^(?P<label>[A-Za-z ]{0,45}?\b(?:ref(?:erence)?|request|case)(?:\s+(?:no\.?|number))?)"
    r"\s*[:.]\s*(?P<value>\S.*?)?\s*$",
    _I,
)
YOUR_REFERENCE = re.compile(r"^your\b", _I)
DATE_LABEL = re.compile(r"^(?P<label>(?:date(?: sent)?|dated|sent|publication date)\s*:?\s*)", _I)

#: A sentence in which the requester defines a term: "By X we mean ...".
DEFINITION = re.compile(
    r"^By\s+(?P<term>.+?),?\s+we\s+(?:mean|include|are referring to|refer to)\s+"
    r"(?P<meaning>\S.*?)\s*$",
    _I | re.DOTALL,
)

#: The letter's statement that it refuses (FOIA s.17(1)(a) and its twins).
REFUSAL_STATEMENT = re.compile(
    r"refusal notice|not obliged to (?:supply|provide|comply)|(?:are|am|is) withholding|"
    r"unable to (?:provide|disclose|release)|(?:is|are) (?:therefore )?exempt from disclosure|"
    r"decided (?:not to|to withhold)|will not be (?:provided|disclosed)|"
    r"refus(?:e|ing) (?:your|this|it\b|the request)|(?:is|are|has been|have been) withheld "
    r"(?:under|in full)|"
    r"serves? as (?:formal )?notice|(?:hereby )?gives? (?:you )?"
    r"(?:formal )?notice that|neither confirms? nor den(?:y|ies)",
    _I,
)
#: Advice and assistance offered (FOIA s.16, EIR reg 9, FOISA s.15): a heading, or a
#: paragraph that opens by suggesting how to narrow or refine the request.
ADVICE = re.compile(
    r"^(?:advice and assistance\b|(?:you may|you might|you could) (?:wish to |want to )?"
    r"(?:consider )?(?:narrow|refin|reduc|limit|resubmit)|if you (?:were to |could |can )?"
    r"(?:narrow|refine|reduce|limit)|to help you (?:narrow|refine)|"
    r"(?:it may|this may) help (?:if|to)\b)",
    _I,
)
#: Where a refusal statement's own clause begins inside a longer sentence.
CLAUSE_BREAK = re.compile(r"\b(?:and|however|but)\s+", _I)

#: Cues of each disposition, tried in order; the first that matches an answer decides.
DISPOSITION_CUES: tuple[tuple[Disposition, re.Pattern[str]], ...] = (
    (
        Disposition.PROVIDED_IN_PART,
        re.compile(r"provided in part|partially provided|part of the information", _I),
    ),
    (Disposition.ADVICE_AND_ASSISTANCE, re.compile(r"advice and assistance", _I)),
    (
        Disposition.NEITHER_CONFIRMED_NOR_DENIED,
        re.compile(r"neither confirm(?:s|ed)? nor den(?:y|ies|ied)|\bNCND\b", _I),
    ),
    (
        Disposition.REFUSED_COST,
        re.compile(
            r"cost of compliance|appropriate limit|exceed(?:s|ed)? the (?:cost|fees?) limit|"
            r"cost limit|prescribed amount|cost of complying",
            _I,
        ),
    ),
    (
        Disposition.HELD_DECISION_PENDING,
        re.compile(r"decision on (?:disclosure|release) is pending|decision is pending", _I),
    ),
    # EIR reg 12(4)(b) / EISR reg 10(4)(b) (which also covers cost under the EIR) before the
    # FOIA s.14 wording, so that an environmental refusal is not read as "vexatious".
    (Disposition.REFUSED_MANIFESTLY_UNREASONABLE, re.compile(r"manifestly unreasonable", _I)),
    (Disposition.REFUSED_VEXATIOUS, re.compile(r"vexatious", _I)),
    (Disposition.REFUSED_REPEATED, re.compile(r"repeated request|substantially similar", _I)),
    (
        Disposition.AWAITING_CLARIFICATION,
        re.compile(
            r"\bclarif(?:y|ication)\b|further (?:details|information) to (?:identify|locate)", _I
        ),
    ),
    (
        Disposition.TRANSFERRED,
        re.compile(
            r"\btransferred\b|you (?:may|should|will need to) (?:contact|direct|redirect)|"
            r"(?:is|are) (?:held|responsible) (?:by|for this)|please contact .{0,60} who",
            _I,
        ),
    ),
    (
        Disposition.ACCESSIBLE_ELSEWHERE,
        re.compile(
            r"reasonably accessible|already (?:publicly )?available|(?:is|are) published|"
            r"available (?:on|at|from|via) (?:our|the) (?:website|web)",
            _I,
        ),
    ),
    (
        Disposition.WITHHELD,
        re.compile(
            r"\bwithh(?:o|e)ld|\bexempt(?:ion)?\b|\bexception\b|not obliged|"
            r"unable to (?:provide|disclose|release)",
            _I,
        ),
    ),
    (
        Disposition.NOT_HELD,
        re.compile(
            r"^\W*none\b|\bnot held\b|\bdo(?:es)? not hold\b|\bholds? no\b|"
            r"\bno (?:such |recorded |relevant )?(?:information|records?|data) (?:is )?held|"
            r"\bdo(?:es)? not (?:have|record|collect|keep)\b|\bnot recorded\b",
            _I,
        ),
    ),
)
#: Cues that information was (also) given: with a withholding cue, "provided in part".
PROVIDE_CUES = re.compile(
    r"\bplease (?:find|see)\b|\battached\b|\benclosed\b|accessed here|pleased to (?:be able to )?"
    r"provide|\bprovided\b|\bdoes hold\b|\bholds information\b|some information",
    _I,
)
PART_REFS = re.compile(
    r"\b(?:Q(?:s|uestions?)?|parts?|items?|points?)\.?\s*"
    r"(?P<a>\d+[a-z]?)(?:\s*(?P<sep>-|–|—|to|&|and|,)\s*(?P<b>\d+[a-z]?))?",
    _I,
)
#: A sentence that announces a list of questions ("... the following information:").
LIST_INTRO = re.compile(r"\bfollowing\b|\bas follows\b|you asked|your request", _I)
SAME_AS = re.compile(r"^\W*(?:as above|see (?:above|(?:the )?(?:answer|response) (?:to|at)))", _I)

#: The internal review (complaints procedure) and the Commissioner.
COMMISSIONER = re.compile(
    r"Information Commissioner|\bICO\b|Scottish Information Commissioner|\bOSIC\b", _I
)
COMMISSIONER_RIGHT = re.compile(
    r"complain|appeal|refer (?:the|this|your) (?:matter|complaint)|\bapply\b|application|"
    r"right to|unhappy|dissatisfied|not (?:happy|satisfied)|decision notice",
    _I,
)
REVIEW = re.compile(
    r"dissatisfied|unhappy with|not (?:happy|satisfied) with|wish to (?:complain|appeal)|"
    r"request an internal review|ask for an internal review|right to (?:request|ask for) a review",
    _I,
)
#: Words that give the right to a review itself (not "the outcome of the review").
ASK_FOR_REVIEW = re.compile(
    r"\b(?:request|ask for|seek|require|apply for)\s+(?:an?\s+)?(?:internal\s+)?review|"
    r"\bask (?:us|the \w+) to review|\bright to (?:request|ask for|require) a review",
    _I,
)
FURTHER_APPEAL = re.compile(r"\bTribunal\b|Court of Session", _I)

#: A statement about re-use and the licence it names.
LICENCE = re.compile(r"re-?use|open government licen[cs]e|\bOGL\b|copyright", _I)
LICENCE_NAMES: tuple[tuple[re.Pattern[str], Licence], ...] = (
    (
        re.compile(r"non-commercial government licen[cs]e", _I),
        Licence.NON_COMMERCIAL_GOVERNMENT_LICENCE,
    ),
    (
        re.compile(r"open government licen[cs]e (?:v(?:ersion)?\.? ?3|3\.0)|\bOGL ?v?3", _I),
        Licence.OPEN_GOVERNMENT_LICENCE_V3,
    ),
    (re.compile(r"open government licen[cs]e|\bOGL\b", _I), Licence.OPEN_GOVERNMENT_LICENCE),
    (re.compile(r"charged licen[cs]e", _I), Licence.CHARGED_LICENCE),
)

#: What the letter is: tried in order, the first that matches decides (else a response).
KIND_CUES: tuple[tuple[LetterKind, re.Pattern[str]], ...] = (
    (
        LetterKind.INTERNAL_REVIEW_ACKNOWLEDGEMENT,
        re.compile(
            r"request for (?:an internal |a )?review.{0,400}?(?:will now be conducted|"
            r"acknowledge|has been (?:received|logged|passed))",
            _I | re.DOTALL,
        ),
    ),
    (
        LetterKind.INTERNAL_REVIEW_OUTCOME,
        re.compile(
            r"(?:internal review|the review) (?:has been|is now) complete|"
            r"(?:I|we) have (?:now )?completed (?:the|an|my|our|your) (?:internal )?review|"
            r"outcome of (?:the|your|my) (?:internal )?review|I have (?:now )?reviewed",
            _I,
        ),
    ),
    (
        LetterKind.EXTENSION_NOTICE,
        re.compile(r"extend(?:ed|ing)? the (?:time|deadline)|additional time to consider", _I),
    ),
    (
        LetterKind.ACKNOWLEDGEMENT,
        re.compile(r"(?:acknowledge|confirm) (?:the )?receipt of your request", _I),
    ),
)

#: A sentence of rights boilerplate ("If you are not content with the outcome of the
#: internal review, you may apply to the Commissioner"): it says what the letter's reader
#: may do next, not what the letter is, so it never decides the letter's kind.
KIND_BOILERPLATE = re.compile(
    r"[^.\n]*(?:\bif you\b|\bshould you\b|dissatisfied|not (?:content|happy|satisfied)|"
    r"unhappy|Commissioner|right to)[^.\n]*(?:[.\n]|$)",
    _I,
)

#: Words that mark a line of the letterhead as the writing team.
UNIT = re.compile(r"\b(?:team|unit|office|department|directorate|governance|service|desk)\b", _I)
#: A public body's name ending in the kind of body it is.
_NAME_WORD = r"[A-Z][\w’'&.-]*"
AUTHORITY = re.compile(
    # "Riverside Borough Council", "The City of Edinburgh Council", "Home Office"
    r"\b(?:The )?(?:(?:City|County|Royal Borough|London Borough|Borough) of )?"
    rf"(?:{_NAME_WORD} ){{1,6}}?(?:(?:City|County|Borough|District|Town|Parish) )?"
    r"(?:Council|Police(?: Service)?|Constabulary|University|NHS(?: Foundation)? Trust|"
    r"Archives|Authority|Department|Ministry|Commission|College|Agency|Executive|"
    r"Museum|Library|Fire and Rescue Service|Service|Board|Office)\b"
    # the kind of body first: "University of Leeds", "Department for Transport",
    # "Transport for London", "Ministry of Defence"
    r"|\b(?:University|Department|Ministry|Office|Commission|Agency|Board|College|Transport|"
    r"Council)\s(?:of|for)\s(?:the\s)?"
    rf"{_NAME_WORD}(?:\s(?:and\s)?{_NAME_WORD}){{0,3}}"
    # a service named by its country: "Police Scotland", "NHS England"
    r"|\b(?:Police|NHS)\s(?:Scotland|England|Wales|Northern Ireland)\b"
)
AUTHORITY_EXCLUDE = re.compile(
    r"Information Commissioner|Freedom of Information|Tribunal|Code of Practice|Public Authority|"
    r"Data Protection|Commissioner|Home Office Counting Rules|"
    r"^(?:The\s+)?(?:Trust|Council|University|Department|Service|Authority|Board)$|"
    r"\b(?:Your|Our|This|If|For|Please|Dear)\b",
)
