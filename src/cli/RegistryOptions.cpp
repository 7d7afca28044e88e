#include "RegistryOptions.h"

#include "ExitCode.h"
#include "registry/RegistryTls.h"

#include <QFileInfo>
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
    , m_ca(QStringLiteral("registry-ca"),
           tr("the CA certificate (PEM) that signed the PostgreSQL registry server’s certificate (default: "
              "the registry URL’s sslrootcert, $KKT_REGISTRY_CA, else the system’s authorities)"),
           QStringLiteral("FILE"))
    , m_sslMode(
          QStringLiteral("registry-sslmode"),
          tr("TLS to the PostgreSQL registry: verify-full (default: encrypted, server verified), require "
             "(encrypted, not verified) or disable (no encryption)"),
          QStringLiteral("MODE"))
{}

void RegistryOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOption(m_registry);
    parser.addOption(m_passwordStdin);
    parser.addOption(m_ca);
    parser.addOption(m_sslMode);
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
    if (!target->isPostgres()) {
        if (parser.isSet(m_ca) || parser.isSet(m_sslMode)) {
            *error = tr("--registry-ca, --registry-sslmode: %1 is an embedded SQLite registry, which has no "
                        "TLS — leave them out, or give a postgresql:// registry")
                         .arg(target->display());
            return false;
        }
        return true;
    }
    if (parser.isSet(m_sslMode)) {
        if (const QString problem =
                RegistryTls::modeProblem(QStringLiteral("--registry-sslmode"), parser.value(m_sslMode));
            !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        target->sslMode = parser.value(m_sslMode);
    }
    if (parser.isSet(m_ca)) {
        const QFileInfo ca(parser.value(m_ca));
        if (!ca.isFile() || !ca.isReadable()) {
            *error =
                tr("--registry-ca: %1 cannot be read — give the PEM file of the authority that signed the "
                   "registry server’s certificate")
                    .arg(parser.value(m_ca));
            return false;
        }
        target->caFile = ca.absoluteFilePath();
    }
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
