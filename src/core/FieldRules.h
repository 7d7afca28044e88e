#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The outcome of checking one value: the value as it should be stored (trimmed, normalised) or
// what is wrong with it and how to fix it. Messages never repeat a secret value.
template <typename T>
struct FieldCheck
{
    T value{};
    QString problem;
    QString fix;
    bool ok() const { return problem.isEmpty(); }
};

// The one rule set for every field of a deployment, shared by the wizard pages and the command line.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    static FieldCheck<QString> host(const QString& text);
    static FieldCheck<int> port(int port);
    static FieldCheck<QString> sshUser(const QString& text);
    static FieldCheck<QString> identityFile(const QString& path);
    static FieldCheck<QString> domain(const QString& text);
    static FieldCheck<QString> email(const QString& text);
    static FieldCheck<QString> phone(const QString& text);
    static FieldCheck<QString> fullName(const QString& text);
    static FieldCheck<QString> company(const QString& text);
    static FieldCheck<QString> password(const QString& text);
    static FieldCheck<QString> botToken(const QString& text);
    static FieldCheck<qint64> telegramId(const QString& text);
    static FieldCheck<QList<qint64>> telegramIds(const QList<qint64>& ids);
    static FieldCheck<QString> time(const QString& text);
    static FieldCheck<QString> timezone(const QString& text);
    static FieldCheck<QList<int>> alertDays(const QList<int>& days);
    static FieldCheck<QList<int>> alertDaysText(const QString& text);
    static FieldCheck<int> retentionDays(int days);
    static FieldCheck<QString> releaseTag(const QString& text);
    static FieldCheck<QString> releaseFile(const QString& path);
    static FieldCheck<QString> releaseChecksums(const QString& text);
    // A certificate (or, with `key`, its private key) on this computer, for upload.
    static FieldCheck<QString> tlsFile(const QString& path, bool key);
    static FieldCheck<QString> profileFile(const QString& path);
    // Plain HTTP (no TLS) on a production site must be acknowledged explicitly.
    static FieldCheck<bool> plainHttp(bool production, bool noTls, bool acknowledged);

    // A domain as people read it: an internationalised one in Unicode with its ASCII form,
    // “кассы.рф (xn--80akhbyknj4f.xn--p1ai)”; any other name as it is.
    static QString displayDomain(const QString& domain);
    // The Unicode form of an ASCII (punycode) domain; any other name as it is.
    static QString unicodeDomain(const QString& domain);

    // Largest value a Telegram user ID can take (IDs have at most 52 significant bits).
    static constexpr qint64 maxTelegramId = (qint64(1) << 53) - 1;
};
