// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Chinwag {

// Whether Qt will find a screen to open windows on, decided before the application object
// exists: QApplication aborts without one, before either app could print its --help or say why
// it cannot start.
class DisplayCheck
{
public:
    // True when a platform was chosen (-platform, --platform or QT_QPA_PLATFORM) or DISPLAY or
    // WAYLAND_DISPLAY is set.
    static bool available(int argc, char **argv);
};

} // namespace Chinwag
