#pragma once

#include "core/DeploymentConfig.h"

#include <QString>

// Packs tests/data/sample-release like the real KKT release (names starting with "./", modes
// 0666/0777, owner 0:0) and writes checksums.txt beside it, as sha256sum does.
class SampleRelease
{
public:
    static bool build(const QString& directory, QString* archive, QString* checksums, QString* error);
    // Packs the release tree `tree` as `archive` the same way, and writes its `checksums` file.
    static bool pack(const QString& tree, const QString& archive, const QString& checksums, QString* error);
    static QString version() { return QStringLiteral("1.0.0-e2e"); }
    static QString profile();
    // A configuration that deploys the sample release to a systemd test host on 127.0.0.1: key
    // login as root, plain HTTP acknowledged, firewall left alone (the host shares this machine's
    // network), the sample profile. Tests adjust what they exercise.
    static DeploymentConfig config(const QString& archive, const QString& checksums, int port,
                                   const QString& key, const QString& domain);
};
