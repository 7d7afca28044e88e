#pragma once

#include <QString>

// Packs tests/data/sample-release like the real KKT release (names starting with "./", modes
// 0666/0777, owner 0:0) and writes checksums.txt beside it, as sha256sum does.
class SampleRelease
{
public:
    static bool build(const QString& directory, QString* archive, QString* checksums, QString* error);
    static QString version() { return QStringLiteral("1.0.0-e2e"); }
    static QString profile();
};
