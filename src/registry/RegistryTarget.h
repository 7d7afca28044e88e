#pragma once

#include <QCoreApplication>
#include <QString>

// Which registry to talk to: the central PostgreSQL registry or the embedded SQLite file.
// The password is held only in memory; display() and every message leave it out.
struct RegistryTarget
{
    Q_DECLARE_TR_FUNCTIONS(RegistryTarget)

public:
    enum class Kind
    {
        Sqlite,
        Postgres
    };

    Kind kind = Kind::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    // TLS to PostgreSQL (see RegistryTls): empty means the environment's choice, else verify-full
    // with the system's certificate authorities.
    QString sslMode;
    QString caFile;

    bool isPostgres() const { return kind == Kind::Postgres; }
    QString driverName() const;
    // "postgresql://alice@db.example:5432/kkt_master_registry" or the SQLite file path.
    QString display() const;
    // display() with the TLS choices (?sslmode=…&sslrootcert=…): what the settings keep.
    QString url() const;
    // Identifies the registry for per-thread connection names and keychain entries.
    QString key() const;
    // Keychain entry of the password of this role on this registry.
    QString passwordKeychainKey() const;

    // postgresql://user@host[:port]/db[?sslmode=MODE&sslrootcert=FILE], sqlite:PATH or a path to a
    // .sqlite/.db file.
    // A URL with a password in it is refused: passwords come from the keychain, the environment
    // or stdin, never from a command line that ends up in shell histories and process lists.
    static RegistryTarget parse(const QString& text, QString* error);
    // The embedded registry in the application data folder.
    static RegistryTarget embedded();
    // The registry chosen in the settings ("registry/url"), else the embedded one, without its
    // password: cheap on any thread. `note` says why a setting was not usable.
    static RegistryTarget configuredWithoutPassword(QString* note);
    // The same with the password loaded (loadPassword()): may wait for the keychain, so never on
    // the GUI thread.
    static RegistryTarget configured(QString* note);
    // The one lookup of a PostgreSQL password: $KKT_REGISTRY_PASSWORD, else (with `fromKeychain`)
    // the keychain. Keeps a password already set. False with `note` when the keychain could not
    // be read; nothing found is no error (the server may not want one).
    bool loadPassword(QString* note, bool fromKeychain = true);
    static QString settingsKey() { return QStringLiteral("registry/url"); }
    static constexpr char passwordEnv[] = "KKT_REGISTRY_PASSWORD";
};
