#pragma once

#include "Command.h"
#include "registry/RegistryTarget.h"

#include <QCommandLineOption>
#include <QCoreApplication>

// The options that choose a registry, shared by `registry` and `token`: --registry URL (or the
// GUI's setting, else the embedded SQLite registry) and where the PostgreSQL password comes from
// (KKT_REGISTRY_PASSWORD, --password-stdin, else the keychain), and TLS to PostgreSQL
// (--registry-sslmode, --registry-ca; see RegistryTls).
class RegistryOptions
{
    Q_DECLARE_TR_FUNCTIONS(RegistryOptions)

public:
    static constexpr const char* passwordEnv = RegistryTarget::passwordEnv;
    static QString settingsKey() { return RegistryTarget::settingsKey(); }

    RegistryOptions();
    void addTo(QCommandLineParser& parser) const;
    // The chosen registry with its password resolved; false with *error set (and *exitCode).
    // Without `fromKeychain` only a password given now (environment, stdin) counts: `registry login`
    // proves a new password and must not fall back to the one it is about to replace.
    bool resolve(const QCommandLineParser& parser, CommandIo& io, RegistryTarget* target, QString* error,
                 int* exitCode, bool fromKeychain = true) const;
    // The exit code for a failure to reach or sign in to the registry.
    static int exitCodeFor(const QString& connectError);

private:
    QCommandLineOption m_registry;
    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_ca;
    QCommandLineOption m_sslMode;
};
