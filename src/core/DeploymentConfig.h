#pragma once

#include "ValidationIssue.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

enum class DeploymentMode
{
    Production,
    Test
};
enum class SshAuth
{
    Agent,
    Key,
    Password
};
enum class PasswordMode
{
    Generate,
    Typed
};
enum class ReleaseSource
{
    Latest,
    Tag,
    File
};
enum class TlsMode
{
    LetsEncrypt,
    Existing,
    None
};
enum class FirewallMode
{
    Manage,
    Leave
};
// Where a test instance is served: under /test/ on production's site (through an include file it
// owns, with production's certificate), or on test.<domain> with a site and certificate of its own.
enum class TestWebMode
{
    Path,
    Subdomain
};

struct ServerConfig
{
    QString host;
    int port = 22;
    QString user = QStringLiteral("root");
    SshAuth auth = SshAuth::Agent;
    QString identityFile;
    QString domain;
    bool operator==(const ServerConfig&) const = default;
};

struct AdminConfig
{
    QString fullName;
    QString email;
    QString phone;
    QString company;
    PasswordMode passwordMode = PasswordMode::Generate;
    bool operator==(const AdminConfig&) const = default;
};

struct TelegramConfig
{
    QList<qint64> adminIds;
    bool operator==(const TelegramConfig&) const = default;
};

struct SystemSettings
{
    QString notificationTime = QStringLiteral("09:00");
    QString timezone;
    QList<int> alertDays{14, 7, 3};
    QString backupTime = QStringLiteral("03:00");
    int backupRetentionDays = 7;
    bool operator==(const SystemSettings&) const = default;
};

struct ReleaseChoice
{
    ReleaseSource source = ReleaseSource::Latest;
    QString tag;       // with ReleaseSource::Tag
    QString path;      // archive, with ReleaseSource::File
    QString checksums; // checksums file or a SHA-256 in hex, with ReleaseSource::File
    bool operator==(const ReleaseChoice&) const = default;
};

// How the site is served. Production without TLS must be acknowledged explicitly.
struct WebConfig
{
    TlsMode tls = TlsMode::LetsEncrypt;
    QString certificateFile; // files on this computer, uploaded with TlsMode::Existing
    QString keyFile;
    bool acceptNoTls = false;
    bool operator==(const WebConfig&) const = default;
};

// Everything a client deployment needs except its secrets (see DeploymentSecrets). The wizard
// owns one; the command line reads the same value from a JSON file.
struct DeploymentConfig
{
    Q_DECLARE_TR_FUNCTIONS(DeploymentConfig)

public:
    DeploymentMode mode = DeploymentMode::Production;
    ServerConfig server;
    AdminConfig admin;
    TelegramConfig telegram;
    SystemSettings settings;
    ReleaseChoice release;
    WebConfig web;
    // Manage: ufw allows the real SSH port, 80 and 443. Leave: the server's firewall is not touched.
    FirewallMode firewall = FirewallMode::Manage;
    QString profile;                         // payload profile file; empty: the built-in KKT 1.0 profile
    TestWebMode testWeb = TestWebMode::Path; // with DeploymentMode::Test

    bool operator==(const DeploymentConfig&) const = default;

    QJsonObject toJson() const;
    // Reads what it can; every missing or mistyped value is reported in `issues`.
    static DeploymentConfig fromJson(const QJsonObject& json, ValidationIssues* issues);

    // The system's time zone when it is a named IANA zone, else Europe/Moscow.
    static QString defaultTimezone();
};

// The names used in the JSON file ("production", "agent", "generate", "latest" …).
QString jsonName(DeploymentMode mode);
QString jsonName(SshAuth auth);
QString jsonName(PasswordMode mode);
QString jsonName(ReleaseSource source);
QString jsonName(TlsMode mode);
QString jsonName(FirewallMode mode);
QString jsonName(TestWebMode mode);
