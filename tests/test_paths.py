"""Where Reflect keeps things: the user's folders, or one portable folder beside the program."""

from reflect.paths import PORTABLE_FOLDER, AppPaths, app_paths, journal_path


def test_portable_folder_beside_the_program_holds_everything(tmp_path):
    program = tmp_path / "Reflect" / "reflect.exe"
    program.parent.mkdir()
    program.write_text("")
    assert app_paths(program) == AppPaths.for_user()
    (program.parent / PORTABLE_FOLDER).mkdir()
    paths = app_paths(program)
    root = program.parent / PORTABLE_FOLDER
    assert paths.data_dir == root / "data" and paths.config_dir == root / "config"
    assert paths.log_dir == root / "log" and paths.cache_dir == root / "cache"
    assert journal_path(paths, None) == root / "data" / "journal.reflect"


def test_journal_option_and_environment(monkeypatch, tmp_path):
    paths = AppPaths.portable(tmp_path)
    monkeypatch.setenv("REFLECT_JOURNAL", str(tmp_path / "env.reflect"))
    assert journal_path(paths, None) == tmp_path / "env.reflect"
    assert journal_path(paths, str(tmp_path / "opt.reflect")) == tmp_path / "opt.reflect"
