#pragma once

#include "Command.h"
#include "RegistryOptions.h"
#include "updates/UpdateOutcome.h"
#include "updates/UpdateRequest.h"

#include <QCommandLineOption>
#include <QCoreApplication>

class UpdateRunner;

// What `update` and `rollback` share: the instance (--instance, found in the registry), how to log
// in (--identity, --known-hosts; default ssh-agent and ~/.ssh), the journal, the registry options,
// --window-days (default: the setting updates/rollbackDays, 7), --yes, --json; the confirmation
// question, Ctrl+C, and the summary with its exit code.
class UpdateOptions
{
    Q_DECLARE_TR_FUNCTIONS(UpdateOptions)

public:
    UpdateOptions();
    void addTo(QCommandLineParser& parser) const;

    // -1 with `request` filled for --instance (or `reference`), else the exit code.
    int request(const QCommandLineParser& parser, const QString& command, CommandIo& io,
                UpdateRequest* request, const QString& reference = QString()) const;
    // Asks on stdin unless --yes; true when confirmed.
    bool confirm(const QCommandLineParser& parser, const QString& question, CommandIo& io) const;
    // Runs `work` with Ctrl+C cancelling `runner`; the log goes to stderr.
    static UpdateOutcome run(UpdateRunner& runner, const std::function<UpdateOutcome()>& work, CommandIo& io);
    // The summary (JSON on stdout with --json, else a line), and the exit code.
    int report(const QCommandLineParser& parser, const QString& command, const UpdateOutcome& outcome,
               CommandIo& io) const;
    static int exitCodeFor(const UpdateOutcome& outcome);

    QCommandLineOption instance;
    QCommandLineOption identity;
    QCommandLineOption knownHosts;
    QCommandLineOption journal;
    QCommandLineOption windowDays;
    QCommandLineOption yes;
    QCommandLineOption json;
    RegistryOptions registry;
};
