#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

// Copies a password to the clipboard and takes it off again after clearDelay() (30 s) — only if the
// clipboard still holds that password then, so that whatever the user copied since stays. At quit
// it goes at once. Meanwhile only a hash of the password is kept here.
class SecretClipboard : public QObject
{
    Q_OBJECT

public:
    static void copy(const QString& secret);
    static int clearDelay();
    static void setClearDelay(int milliseconds);

private:
    explicit SecretClipboard(QObject* parent);
    static SecretClipboard* instance();
    static QByteArray hashOf(const QString& text);
    void clearIfStillThere();

    QTimer m_timer;
    QByteArray m_hash; // of the password last copied; empty when none is pending
};
