#pragma once

#include <QString>
#include <QStringList>

// The one path every log line, journal entry, report and error text goes through: replaces the
// deployment's known secrets, and anything shaped like a bot token, a password-bearing database URL,
// a secret assignment or a private key, with a mask.
class Redactor
{
public:
    Redactor() = default;
    Redactor(const Redactor&) = default;
    Redactor& operator=(const Redactor&) = default;
    ~Redactor() { clear(); }

    static QString mask() { return QStringLiteral("[redacted]"); }

    // Registers a secret value; values shorter than four characters are ignored (they would mask
    // ordinary words), their percent-encoded form is registered too.
    void addSecret(const QString& secret);
    // Forgets every registered secret, overwriting the copies held here.
    void clear();
    QString redact(const QString& text) const;
    // Only the patterns, for text that has no deployment attached (e.g. a registry excerpt).
    static QString redactPatterns(const QString& text);

private:
    QStringList m_secrets; // longest first, so that a secret containing another is masked whole
};
