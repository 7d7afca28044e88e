#include "RegistryOptions.h"

#include "ExitCode.h"

#include <QIODevice>
#include <QSettings>

RegistryOptions::RegistryOptions()
    : m_registry(
          QStringLiteral("registry"),
          tr("the registry: postgresql://USER@HOST:PORT/DATABASE or sqlite:FILE (default: the setting, "
             "else the embedded registry in the application data folder)"),
          QStringLiteral("URL"))
    , m_passwordStdin(QStringLiteral("password-stdin"),
                      tr("read the PostgreSQL password from the first line of standard input"))
{}

void RegistryOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOption(m_registry);
    parser.addOption(m_passwordStdin);
}

bool RegistryOptions::resolve(const QCommandLineParser& parser, CommandIo& io, RegistryTarget* target,
                              QString* error, int* exitCode, bool fromKeychain) const
{
    *exitCode = ExitUsage;
    QString url = parser.value(m_registry);
    if (url.isEmpty())
        url = QSettings().value(settingsKey()).toString();
    if (url.isEmpty()) {
        *target = RegistryTarget::embedded();
    } else {
        *target = RegistryTarget::parse(url, error);
        if (!error->isEmpty())
            return false;
    }
    if (!target->isPostgres())
        return true;
    if (parser.isSet(m_passwordStdin) && !qEnvironmentVariableIsSet(passwordEnv)) {
        if (!io.in) {
            *error = tr("--password-stdin: standard input cannot be read");
            return false;
        }
        target->password = QString::fromUtf8(io.in->readLine()).remove(u'\n').remove(u'\r');
        if (target->password.isEmpty()) {
            *error = tr("--password-stdin: standard input held no password — pipe it in, e.g. "
                        "pass show kkt/registry | kkt-deploy … --password-stdin");
            return false;
        }
        return true;
    }
    QString keychainError;
    if (!target->loadPassword(&keychainError, fromKeychain))
        // Not fatal: the server may not want a password (e.g. a local trust rule).
        io.err << tr("Note: %1").arg(keychainError) << Qt::endl;
    return true;
}

int RegistryOptions::exitCodeFor(const QString& connectError)
{
    if (connectError.contains(QStringLiteral("password authentication failed")) ||
        connectError.contains(QStringLiteral("no password supplied")))
        return ExitAuthFailed;
    if (connectError.contains(QStringLiteral("Connection refused")) ||
        connectError.contains(QStringLiteral("could not translate host name")) ||
        connectError.contains(QStringLiteral("timeout expired")))
        return ExitUnreachable;
    return ExitFailure;
}
