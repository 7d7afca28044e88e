#pragma once

#include <QCoreApplication>
#include <QString>

// Which of the two builds is running: the staff edition (kkt-deploy) or the self-service edition
// for clients (kkt-deploy-client, unlocked by a one-time deployment token). Both are built from
// the same libraries; main() sets the edition once at start-up, and the few places that differ
// (Welcome page, Registry tab, window title, test mode) ask here.
class Edition
{
    Q_DECLARE_TR_FUNCTIONS(Edition)

public:
    enum class Kind
    {
        Staff,
        SelfService
    };

    static Kind current();
    static void set(Kind kind);
    static bool isSelfService() { return current() == Kind::SelfService; }

    // "kkt-deploy" or "kkt-deploy-client": the executable, the desktop id and the icon's name.
    static QString applicationId();
    // The window title and the name people see.
    static QString displayName();
    static QString iconResource() { return QStringLiteral(":/icons/%1.svg").arg(applicationId()); }
};
