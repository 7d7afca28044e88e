#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One checked property of a server, judged against KKT's minimums.
struct ServerFact
{
    enum Status
    {
        Pass,
        Warn,
        Fail
    };

    QString id;    // os, arch, cpus, memory, disk, python, systemd, sudo, port80, port443, packages, dns
    QString title; // user-visible name of the fact
    QString value; // what was found
    Status status = Pass;
    QString message; // why it passes, or what it means and what to do

    static QString statusName(Status status)
    {
        return status == Pass   ? QStringLiteral("pass")
               : status == Warn ? QStringLiteral("warn")
                                : QStringLiteral("fail");
    }
};

using ServerFactList = QList<ServerFact>;
Q_DECLARE_METATYPE(ServerFactList)
