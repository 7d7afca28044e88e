#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What a release archive of one payload generation must contain, and which shipped files are
// development leftovers the installer must not use. Data, not code: see kkt10() and
// payload-kkt-1.0.md.
class PayloadLayout
{
    Q_DECLARE_TR_FUNCTIONS(PayloadLayout)

public:
    struct Leftover
    {
        QString pattern; // wildcard on the path relative to the release root
        QString kind;    // untranslated key: "sqlite", "test-script", "env"
    };

    QString name;
    QStringList requiredFiles;
    QStringList requiredFolders;
    QList<QStringList> requiredOneOf; // at least one path of each group
    QList<Leftover> leftovers;

    // The KKT application 1.0.x: no top folder, files at the root, both services' entry points.
    static const PayloadLayout& kkt10();

    // One message per missing part; `files` and `folders` are normalised archive paths.
    QStringList problems(const QSet<QString>& files, const QSet<QString>& folders) const;
    // A warning for a development leftover, or empty.
    QString leftoverWarning(const QString& path) const;
};
