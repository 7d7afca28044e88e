#pragma once

#include <QString>

// Paths the test scripts hand to every test: a scratch folder for services and the build tree.
class TestEnvironment
{
public:
    // $KKT_TEST_ENV (set by scripts/test.sh), else <build>/test-env; created on demand.
    static QString scratchRoot();
    // A fresh, empty folder under scratchRoot() for one fixture instance.
    static QString freshDirectory(const QString& name);
    static QString sourceDir();
    static QString binaryDir();
    // A TCP port on 127.0.0.1 that nothing listens on right now.
    static quint16 freePort();
};
