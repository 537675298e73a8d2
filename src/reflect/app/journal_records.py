"""The journal's own records besides entries: its settings, the prompt library's
marks and history, and supervision (sessions, period notes, the export log).

``Journal`` takes these methods from here so its stores stay private: the use
cases in ``app/`` read and write through named operations, and every write
goes through ``store.transactions.writing`` and its error mapping.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from reflect.domain.period import Period
from reflect.domain.prompt_engine import PromptPreferences, PromptShown
from reflect.domain.prompts import Prompt
from reflect.domain.supervision import ExportRecord, SupervisionSession
from reflect.store.prompts import PromptStore
from reflect.store.settings import JournalSettings
from reflect.store.supervision import SupervisionStore


class JournalRecords:
    _settings: JournalSettings
    _prompt_records: PromptStore
    _supervision: SupervisionStore

    # -- settings kept inside the encryption ---------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        return self._settings.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self._settings.set(key, value)

    def all_settings(self) -> dict[str, Any]:
        return self._settings.all()

    # -- the prompt library's records ----------------------------------------

    def user_prompts(self) -> list[Prompt]:
        return self._prompt_records.user_prompts()

    def save_user_prompt(self, prompt: Prompt, created_at: datetime) -> None:
        self._prompt_records.save_user_prompt(prompt, created_at)

    def mark_prompt(
        self, prompt_id: str, *, favourite: bool | None = None, hidden: bool | None = None
    ) -> None:
        self._prompt_records.set_mark(prompt_id, favourite=favourite, hidden=hidden)

    def prompt_preferences(self) -> PromptPreferences:
        return self._prompt_records.preferences()

    def record_prompt_shown(self, shown: PromptShown) -> None:
        self._prompt_records.record(shown)

    def prompt_history(self, since: date | None = None) -> list[PromptShown]:
        return self._prompt_records.history(since)

    # -- supervision ---------------------------------------------------------

    def save_session(self, session: SupervisionSession) -> None:
        self._supervision.save_session(session)

    def sessions(self) -> list[SupervisionSession]:
        """Newest first."""
        return self._supervision.sessions()

    def delete_session(self, uuid: str) -> None:
        self._supervision.delete_session(uuid)

    def period_note(self, period: Period) -> str:
        return self._supervision.period_note(period)

    def set_period_note(self, period: Period, text: str) -> None:
        self._supervision.set_period_note(period, text)

    def log_export(self, record: ExportRecord) -> None:
        self._supervision.log_export(record)

    def exports(self) -> list[ExportRecord]:
        """Newest first."""
        return self._supervision.exports()
