#pragma once

#include "support/SystemdHost.h"

#include <QString>
#include <QStringList>

// A systemd test host for the benchmarks: it waits until no other systemd host (or nothing on
// ports 80/5432) is up — the hosts share this machine's network — and every exit path halts it:
// its destructor, and SIGINT/SIGTERM/SIGHUP once installSignalHandlers() ran.
class BenchHost
{
public:
    explicit BenchHost(const QString& name);
    ~BenchHost();

    // What every benchmark does first: KKT_SOURCE_DIR and KKT_BINARY_DIR default to the compiled-in
    // folders, debug logging stays off unless KKT_DEBUG asks, and the signal handlers halt the host.
    static void prepareProcess(const char* sourceDir, const char* binaryDir);
    static void installSignalHandlers();

    bool start();
    void stop();
    SystemdHost& operator*() { return m_host; }
    SystemdHost* operator->() { return &m_host; }

    // One apt transaction on the host (the benchmarks start from "packages present").
    bool installPackages(const QStringList& packages);

private:
    SystemdHost m_host;
};

// A progress line on stderr (the figures go to stdout).
void say(const QString& text);
