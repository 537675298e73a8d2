"""Reflect's compiled translations read without Qt, so a command need not load Qt to speak.

The format is Qt's .qm: a magic number, then tagged sections. The messages
section holds, for each message, its translations (UTF-16, one per plural
form), its source text, comment (the disambiguation) and context; the
numerus rules section says which plural form a number takes. Lookups follow
QTranslator: the message with the same context, source and comment, else the
one with no comment; "" when there is none, as QTranslator answers.
"""

from __future__ import annotations

from os import PathLike

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES, NUMERUS_RULES = 0x69, 0x88
END, TRANSLATION, OBSOLETE_1, SOURCE, CONTEXT, COMMENT = 1, 3, 5, 6, 7, 8
# Numerus rule opcodes (qtranslator.cpp).
EQ, LT, LEQ, BETWEEN, OP_MASK, NOT = 0x01, 0x02, 0x03, 0x04, 0x07, 0x08
MOD_10, MOD_100, LEAD_1000, AND, OR = 0x10, 0x20, 0x40, 0xFD, 0xFE

Key = tuple[str, str, str]  # context, source text, comment


class QmFile:
    def __init__(self, messages: dict[Key, list[str]], rules: bytes) -> None:
        self._messages = messages
        self._rules = rules

    @classmethod
    def load(cls, path: str | PathLike[str]) -> QmFile | None:
        """None when the file is missing or not a .qm file."""
        try:
            with open(path, "rb") as file:
                data = file.read()
        except OSError:
            return None
        if not data.startswith(MAGIC):
            return None
        messages: dict[Key, list[str]] = {}
        rules = b""
        at = len(MAGIC)
        while at + 5 <= len(data):
            tag, length = data[at], int.from_bytes(data[at + 1 : at + 5], "big")
            body = data[at + 5 : at + 5 + length]
            if tag == MESSAGES:
                messages = _messages(body)
            elif tag == NUMERUS_RULES:
                rules = body
            at += 5 + length
        return cls(messages, rules)

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        forms = self._messages.get((context, text, disambiguation or ""))
        if forms is None and disambiguation:
            forms = self._messages.get((context, text, ""))
        if not forms:
            return ""
        form = plural_form(n, self._rules) if n >= 0 else 0
        return forms[form] if form < len(forms) else ""


def _messages(body: bytes) -> dict[Key, list[str]]:
    found: dict[Key, list[str]] = {}
    at = 0
    forms: list[str] = []
    source = context = comment = ""
    while at < len(body):
        tag = body[at]
        at += 1
        if tag == END:
            found.setdefault((context, source, comment), forms)
            forms, source, context, comment = [], "", "", ""
            continue
        if tag == OBSOLETE_1:
            at += 4
            continue
        length = int.from_bytes(body[at : at + 4], "big")
        at += 4
        if length == 0xFFFFFFFF:  # a null string
            length = 0
        chunk = body[at : at + length]
        at += length
        if tag == TRANSLATION:
            forms.append(chunk.decode("utf-16-be"))
        elif tag == SOURCE:
            source = chunk.decode("utf-8")
        elif tag == CONTEXT:
            context = chunk.decode("utf-8")
        elif tag == COMMENT:
            comment = chunk.decode("utf-8")
        else:  # a record this reader does not know: the rest cannot be trusted
            break
    return found


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes under a language's numerus rules (Qt's own algorithm)."""
    if not rules:
        return 0
    result, i = 0, 0
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode = rules[i]
                i += 1
                left = n
                if opcode & MOD_10:
                    left %= 10
                elif opcode & MOD_100:
                    left %= 100
                elif opcode & LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                right = rules[i]
                i += 1
                operation = opcode & OP_MASK
                if operation == EQ:
                    truth = left == right
                elif operation == LT:
                    truth = left < right
                elif operation == LEQ:
                    truth = left <= right
                else:  # BETWEEN
                    top = rules[i]
                    i += 1
                    truth = right <= left <= top
                if opcode & NOT:
                    truth = not truth
                all_true = all_true and truth
                if i == len(rules) or rules[i] != AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i == len(rules) or rules[i] != OR:
                break
            i += 1
        if any_true:
            return result
        result += 1
        if i == len(rules):
            return result
        i += 1  # the next rule
