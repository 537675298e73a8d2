from reflect.gui import platform_check


def test_missing_xcb_cursor_is_explained(monkeypatch):
    monkeypatch.setattr(platform_check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(platform_check.ctypes.util, "find_library", lambda name: None)
    assert "libxcb-cursor0" in platform_check.window_problem()
    monkeypatch.setattr(
        platform_check.ctypes.util, "find_library", lambda name: "libxcb-cursor.so.0"
    )
    assert platform_check.window_problem() is None
    monkeypatch.delenv("DISPLAY")
    assert "no graphical display" in platform_check.window_problem()
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert platform_check.window_problem() is None
