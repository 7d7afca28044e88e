#include "SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QPointer>

namespace {

int delayMs = 30000;

} // namespace

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfStillThere);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearIfStillThere);
}

SecretClipboard* SecretClipboard::instance()
{
    static QPointer<SecretClipboard> self;
    if (!self)
        self = new SecretClipboard(qApp);
    return self;
}

QByteArray SecretClipboard::hashOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void SecretClipboard::copy(const QString& secret)
{
    SecretClipboard* self = instance();
    QGuiApplication::clipboard()->setText(secret);
    self->m_hash = hashOf(secret);
    self->m_timer.start(delayMs);
}

int SecretClipboard::clearDelay()
{
    return delayMs;
}

void SecretClipboard::setClearDelay(int milliseconds)
{
    delayMs = milliseconds;
}

void SecretClipboard::clearIfStillThere()
{
    m_timer.stop();
    if (m_hash.isEmpty())
        return;
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (hashOf(clipboard->text()) == m_hash)
        clipboard->clear();
    m_hash.clear();
}
