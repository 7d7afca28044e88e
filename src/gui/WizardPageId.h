#pragma once

// Page ids of the deployment wizard, in the order the pages are shown.
enum WizardPageId : int
{
    WelcomePageId,
    ServerPageId,
    AdministratorPageId,
    TelegramBotPageId,
    AdminIdsPageId,
    SystemSettingsPageId,
    WebSecurityPageId,
    ReviewPageId,
    ProgressPageId,
    CompletePageId,
};
