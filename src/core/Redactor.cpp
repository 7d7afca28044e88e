#include "Redactor.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

void Redactor::addSecret(const QString& secret)
{
    if (secret.size() < 4)
        return;
    for (const QString& form : {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret))}) {
        if (!m_secrets.contains(form))
            m_secrets << form;
    }
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

void Redactor::clear()
{
    for (QString& secret : m_secrets)
        secret.fill(QChar(u'\0'));
    m_secrets.clear();
}

QString Redactor::redact(const QString& text) const
{
    QString result = text;
    for (const QString& secret : m_secrets)
        result.replace(secret, mask());
    return redactPatterns(result);
}

QString Redactor::redactPatterns(const QString& text)
{
    static const QRegularExpression privateKey(
        QStringLiteral("-----BEGIN ([A-Z ]*)PRIVATE KEY-----[\\s\\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)"));
    static const QRegularExpression botToken(
        QStringLiteral("(?<![0-9])[0-9]{5,20}:[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])"));
    // scheme://user:password@host → scheme://user:[redacted]@host
    static const QRegularExpression urlPassword(
        QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*:)[^@\\s]+@"));
    // PASSWORD=…, "secret_token": "…", JWT_SECRET_KEY=… (values up to the end of the token, on the same
    // line: "app.secrets" ending one line is no assignment of what starts the next)
    static const QRegularExpression assignment(
        QStringLiteral(
            "(\\b[A-Za-z_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|PASSPHRASE)[A-Za-z_]*\"?[ \t]*[=:][ \t]*\"?)"
            "(?!\\[redacted\\])[^\\s\",;]+"),
        QRegularExpression::CaseInsensitiveOption);

    QString result = text;
    result.replace(privateKey, QStringLiteral("-----BEGIN \\1PRIVATE KEY----- ") + mask());
    result.replace(botToken, mask());
    result.replace(urlPassword, QStringLiteral("\\1") + mask() + u'@');
    result.replace(assignment, QStringLiteral("\\1") + mask());
    return result;
}
