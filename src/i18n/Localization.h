#pragma once

#include <QCoreApplication>
#include <QString>

// Installs the application's and Qt's own translations for a language.
class Localization
{
public:
    // `language` is "ru", "en", or empty for the system's language. English loads only the plural
    // forms of its own texts (translations/kkt-deploy_en.ts).
    static void install(QCoreApplication* app, const QString& language);
};
