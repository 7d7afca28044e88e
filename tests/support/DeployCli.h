#pragma once

#include <QStringList>

class QObject;
class QProcess;

// The built kkt-deploy started as a user would start it: the bot token and the administrator's
// password in the environment (never on the command line), its settings and data folders (registry
// settings, outbox) under `home`, and a UTF-8 locale. The process belongs to `parent`.
class DeployCli
{
public:
    static QProcess* start(QObject* parent, const QStringList& arguments, const QString& home,
                           const QString& botToken, const QString& adminPassword);
};
