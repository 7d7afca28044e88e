#pragma once

#include "support/FakeTelegramServer.h"

#include <QString>
#include <QStringList>

// What both deployments of bench-deployment start from: the sample release (archive, checksums,
// SHA-256), an embedded registry, the journal, the system packages the hosts get beforehand and a
// local Telegram Bot API that knows the bench's bot.
class DeploymentBenchInputs
{
public:
    static QString domain() { return QStringLiteral("kkt-bench.example.ru"); }
    static QString botToken() { return QStringLiteral("987654321:BenchBotTokenAAAAAAAAAAAAAAAAAAAAAAA"); }
    static QString adminPassword() { return QStringLiteral("Bench-Admin-Pw-7x!"); }

    // Builds all of it in a fresh scratch folder; false with `error`.
    bool prepare(QString* error);

    QString dir;
    QString archive;
    QString checksums;
    QString sha256;
    QString journal;
    QString registryFile;
    QStringList packages;
    FakeTelegramServer telegram;

private:
    bool prepareRegistry(QString* error);
};
