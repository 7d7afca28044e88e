#pragma once

#include "RegistryTarget.h"

#include <QString>
#include <QVariantList>

class QSqlDatabase;

// What a registry search matches, the same in every script and on both back ends: the instance's
// name, company, domain (punycode and Unicode) and IP, lower-cased by Unicode rules. PostgreSQL
// keeps that text in the generated column search_text (migration 004, trigram index); SQLite,
// whose LOWER() folds ASCII only, computes it with the function kkt_search_text registered on
// every connection.
class InstanceSearch
{
public:
    // Lower case by Unicode rules, as PostgreSQL's lower() under an ICU or UTF-8 locale.
    static QString fold(const QString& text);
    // The Unicode form of a punycode (xn--) domain; the domain itself otherwise.
    static QString unicodeDomain(const QString& domain);
    // "пример.рф (xn--e1afmkfd.xn--p1ai)" for an IDN, the plain domain otherwise.
    static QString displayDomain(const QString& domain);
    // The folded text a search looks in.
    static QString text(const QString& name, const QString& company, const QString& domain,
                        const QString& ip);
    // "(… LIKE ?)" for `needle`, with its bind value appended to `values`; empty for an empty needle.
    static QString condition(RegistryTarget::Kind kind, const QString& needle, QVariantList* values);
    // Registers kkt_search_text() on an open SQLite connection; false with *error set.
    static bool registerSqliteFunction(QSqlDatabase& db, QString* error);
};
