#pragma once

#include "releases/PayloadLayout.h"
#include "ssh/ServerFacts.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Where and how one kind of instance lives on a server (production or test).
struct InstanceKind
{
    QString appDir;
    QString database; // may contain {instanceNumber}
    int webPort = 8000;
    QString webService;
    QString botService;
    QString nginxSite;
    QString nginxLocation = QStringLiteral("/");
};

// What a release of the application needs on a server: knowledge as data (a JSON file such as
// resources/profiles/kkt-1.0.json) read by this class. The provisioning steps take every name,
// path, package and command from here and from the configuration, never from constants.
class PayloadProfile
{
    Q_DECLARE_TR_FUNCTIONS(PayloadProfile)

public:
    QString name;
    QString description;
    QString releaseMinimum;
    QString releaseBelow;
    QString pythonMinimum;
    QString pythonInterpreter;
    QStringList systems; // "ubuntu 24.04", "debian 12": where its packages and Python exist
    bool venvSystemSitePackages = false;
    QStringList aptPackages;
    QStringList layout; // required top-level entries; folders end with "/"
    QStringList requirementFiles;
    QStringList pipExtraPackages;
    QString serviceUser;
    InstanceKind production;
    InstanceKind test;
    QMap<QString, int> serverSecrets; // name → length, generated on the server
    QStringList env;                  // lines with {placeholders} and @@SERVER_SECRET@@
    QStringList schemaCommands;
    QString schemaCheck;
    QString createUserCommand;
    QString usersCheck;
    QString adminUsername;
    QString botApiUser;
    QMap<QString, QString> scripts; // remote file name → contents
    QString webDescription;
    QString webExec;
    QString botDescription;
    QString botExec;
    QString healthPath;
    QString healthExpect;
    QString loginPath;
    QString probePath;
    QString telegramMode; // "polling" or "webhook"

    // What the server check judges a server against for this profile.
    ServerFacts::Requirements serverRequirements() const;

    // The profile built into the application (resources/profiles/kkt-1.0.json).
    static PayloadProfile builtIn(QString* error);
    // A profile file; its scripts are read relative to the file's folder.
    static PayloadProfile load(const QString& path, QString* error);
    // The configuration's profile file, or the built-in one when it names none.
    static PayloadProfile forConfig(const QString& profilePath, QString* error);
    static PayloadProfile fromJson(const QJsonObject& json, const QString& baseDir, QString* error);

    // What a release archive for this profile must contain (the checks of ReleaseCheck).
    PayloadLayout releaseLayout() const;
};
