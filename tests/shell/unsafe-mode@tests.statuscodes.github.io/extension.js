// SPDX-License-Identifier: GPL-3.0-or-later
// Test only: GNOME Shell 43 has no --unsafe-mode flag, and refuses
// org.gnome.Shell.Eval unless its context is in unsafe mode. The shell
// suite enables this extension in its private session to drive the Shell.

/* exported init */
class Extension {
    enable() {
        global.context.unsafe_mode = true;
    }

    disable() {
        global.context.unsafe_mode = false;
    }
}

function init() {
    return new Extension();
}
