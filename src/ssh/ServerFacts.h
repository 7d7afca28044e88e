#pragma once

#include "ServerFact.h"
#include "SshError.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

class SshSession;

// Gathers a server's facts with one read-only remote script (server-facts.sh) plus a local DNS
// lookup, and judges them against design.md's minimums.
class ServerFacts
{
    Q_DECLARE_TR_FUNCTIONS(ServerFacts)

public:
    struct Requirements
    {
        // From the payload profile of the chosen release (PayloadProfile::serverRequirements()).
        QString profileName;
        QString pythonMinimum;                                 // empty: any Python 3 will do
        QString pythonInterpreter = QStringLiteral("python3"); // what the venv is made with
        QStringList systems; // "debian 12", "ubuntu 24.04"; empty: every system KKT Deploy supports
        int cpus = 2;
        int memoryMiB = 4096;
        int diskGiB = 40;
        int freeDiskGiB = 5; // below this a deployment cannot finish
    };

    // The read-only remote script; it also asks for the profile's interpreter.
    static QString script(const Requirements& requirements);
    static QMap<QString, QString> parse(const QByteArray& output);
    static ServerFactList evaluate(const QMap<QString, QString>& raw, const Requirements& requirements);
    // Blocking name lookups: call it from a worker thread.
    static ServerFact checkDns(const QString& domain, const QString& host);
    // Runs the script on an open session; `domain` may be empty.
    static ServerFactList collect(SshSession& session, const QString& domain,
                                  const Requirements& requirements, SshError* error);
    // "Title: message" of each failing fact among `ids` (all when empty), joined; empty when none fails.
    static QString failures(const ServerFactList& facts, const QStringList& ids = {});
    // The worst status of all facts.
    static ServerFact::Status overall(const ServerFactList& facts);

private:
    static int compareVersions(const QString& a, const QString& b);
};
