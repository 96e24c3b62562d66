// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaycheck.h"

#include <QtGlobal>

#include <cstring>

namespace Chinwag {

bool DisplayCheck::available(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "-platform") == 0 || std::strcmp(argument, "--platform") == 0
            || std::strncmp(argument, "-platform=", 10) == 0
            || std::strncmp(argument, "--platform=", 11) == 0)
            return true;
    }
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
            || !qEnvironmentVariableIsEmpty("DISPLAY")
            || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace Chinwag
