#pragma once

#include "Command.h"
#include "provisioning/DeploymentRequest.h"

#include <QCoreApplication>

// The options `plan` and `deploy` share: the configuration file, how to trust the host key, where
// the secrets come from, and overrides for tests and mirrors. Builds a DeploymentRequest.
class DeploymentOptions
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentOptions)

public:
    DeploymentOptions();
    void addTo(QCommandLineParser& parser) const;
    // Returns -1 when the request is ready, else the exit code; problems go to io.err.
    int build(const QCommandLineParser& parser, CommandIo& io, const QString& command, bool needBotToken,
              DeploymentRequest* request) const;
    QString journal(const QCommandLineParser& parser) const { return parser.value(m_journal); }

private:
    QCommandLineOption m_knownHosts;
    QCommandLineOption m_acceptNew;
    QCommandLineOption m_fingerprint;
    QCommandLineOption m_botTokenStdin;
    QCommandLineOption m_telegramApi;
    QCommandLineOption m_journal;
};
