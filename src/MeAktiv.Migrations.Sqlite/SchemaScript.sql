CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);
;
CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);
;
CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" TEXT NOT NULL,
    "User" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityKey" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "OldValues" TEXT NULL,
    "NewValues" TEXT NULL,
    "Reason" TEXT NULL
);
;
CREATE TABLE "Cities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Cities" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL
);
;
CREATE TABLE "Indicators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Indicators" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Unit" TEXT NOT NULL,
    "Direction" TEXT NOT NULL,
    "Formula" TEXT NOT NULL,
    "EntryLevels" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Traeger" TEXT NOT NULL,
    "GreenFrom" TEXT NOT NULL,
    "YellowFrom" TEXT NOT NULL,
    "Phasing" TEXT NOT NULL,
    "ShiftDenominator" INTEGER NOT NULL,
    "SeasonalForecast" INTEGER NOT NULL,
    "SortOrder" INTEGER NOT NULL
);
;
CREATE TABLE "OrgUnits" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrgUnits" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ParentId" INTEGER NULL,
    "TeamKind" TEXT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    CONSTRAINT "FK_OrgUnits_OrgUnits_ParentId" FOREIGN KEY ("ParentId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);
;
CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
;
CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
;
CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
;
CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);
;
CREATE TABLE "IndicatorComponents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndicatorComponents" PRIMARY KEY AUTOINCREMENT,
    "IndicatorId" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_IndicatorComponents_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);
;
CREATE TABLE "OrgUnitCities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrgUnitCities" PRIMARY KEY AUTOINCREMENT,
    "OrgUnitId" INTEGER NOT NULL,
    "CityId" INTEGER NOT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NULL,
    CONSTRAINT "FK_OrgUnitCities_Cities_CityId" FOREIGN KEY ("CityId") REFERENCES "Cities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OrgUnitCities_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE CASCADE
);
;
CREATE TABLE "Targets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Targets" PRIMARY KEY,
    "IndicatorId" INTEGER NOT NULL,
    "OrgUnitId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    CONSTRAINT "FK_Targets_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Targets_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE TABLE "UserOrgUnits" (
    "UserId" TEXT NOT NULL,
    "OrgUnitId" INTEGER NOT NULL,
    CONSTRAINT "PK_UserOrgUnits" PRIMARY KEY ("UserId", "OrgUnitId"),
    CONSTRAINT "FK_UserOrgUnits_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_UserOrgUnits_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE TABLE "MonthlyValues" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MonthlyValues" PRIMARY KEY,
    "OrgUnitId" INTEGER NOT NULL,
    "ComponentId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Value" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    CONSTRAINT "CK_MonthlyValues_Month" CHECK ([Month] BETWEEN 1 AND 12),
    CONSTRAINT "FK_MonthlyValues_IndicatorComponents_ComponentId" FOREIGN KEY ("ComponentId") REFERENCES "IndicatorComponents" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MonthlyValues_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE TABLE "TargetVersions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TargetVersions" PRIMARY KEY,
    "TargetId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Value" TEXT NULL,
    "Status" TEXT NOT NULL,
    "DecidedOn" TEXT NOT NULL,
    "Note" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_TargetVersions_Targets_TargetId" FOREIGN KEY ("TargetId") REFERENCES "Targets" ("Id") ON DELETE CASCADE
);
;
CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
;
CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
;
CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
;
CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
;
CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
;
CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
;
CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
;
CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");
;
CREATE INDEX "IX_AuditEntries_EntityType_EntityKey" ON "AuditEntries" ("EntityType", "EntityKey");
;
CREATE UNIQUE INDEX "IX_Cities_Code" ON "Cities" ("Code");
;
CREATE UNIQUE INDEX "IX_IndicatorComponents_IndicatorId_Code" ON "IndicatorComponents" ("IndicatorId", "Code");
;
CREATE UNIQUE INDEX "IX_Indicators_Code" ON "Indicators" ("Code");
;
CREATE INDEX "IX_MonthlyValues_ComponentId" ON "MonthlyValues" ("ComponentId");
;
CREATE UNIQUE INDEX "IX_MonthlyValues_OrgUnitId_ComponentId_Year_Month" ON "MonthlyValues" ("OrgUnitId", "ComponentId", "Year", "Month");
;
CREATE INDEX "IX_MonthlyValues_Year_Month" ON "MonthlyValues" ("Year", "Month");
;
CREATE INDEX "IX_OrgUnitCities_CityId" ON "OrgUnitCities" ("CityId");
;
CREATE UNIQUE INDEX "IX_OrgUnitCities_OrgUnitId_CityId_ValidFrom" ON "OrgUnitCities" ("OrgUnitId", "CityId", "ValidFrom");
;
CREATE UNIQUE INDEX "IX_OrgUnits_Code" ON "OrgUnits" ("Code");
;
CREATE INDEX "IX_OrgUnits_ParentId" ON "OrgUnits" ("ParentId");
;
CREATE UNIQUE INDEX "IX_Targets_IndicatorId_OrgUnitId_Year" ON "Targets" ("IndicatorId", "OrgUnitId", "Year");
;
CREATE INDEX "IX_Targets_OrgUnitId" ON "Targets" ("OrgUnitId");
;
CREATE UNIQUE INDEX "IX_TargetVersions_TargetId_Number" ON "TargetVersions" ("TargetId", "Number");
;
CREATE INDEX "IX_UserOrgUnits_OrgUnitId" ON "UserOrgUnits" ("OrgUnitId");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124061513_Initial', '10.0.15');
;
ALTER TABLE "AuditEntries" ADD "OrgUnitId" INTEGER NULL;
;
CREATE TABLE "MonthStatuses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MonthStatuses" PRIMARY KEY,
    "OrgUnitId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "SubmittedBy" TEXT NULL,
    "SubmittedAt" TEXT NULL,
    "ClosedBy" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "ReopenReason" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "CK_MonthStatuses_Month" CHECK ([Month] BETWEEN 1 AND 12),
    CONSTRAINT "FK_MonthStatuses_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE INDEX "IX_AuditEntries_OrgUnitId_At" ON "AuditEntries" ("OrgUnitId", "At");
;
CREATE UNIQUE INDEX "IX_MonthStatuses_OrgUnitId_Year_Month" ON "MonthStatuses" ("OrgUnitId", "Year", "Month");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124063735_MonthWorkflow', '10.0.15');
;
CREATE TABLE "DataStamps" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_DataStamps" PRIMARY KEY,
    "Value" INTEGER NOT NULL
);
;
INSERT INTO "DataStamps" ("Name", "Value")
VALUES ('Figures', 0);
SELECT changes();
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124085052_FigureStamp', '10.0.15');
;
CREATE TABLE "ReviewSnapshots" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReviewSnapshots" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "Quarter" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "MeetingId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "ModelJson" TEXT NOT NULL,
    CONSTRAINT "CK_ReviewSnapshots_Quarter" CHECK ([Quarter] BETWEEN 1 AND 4)
);
;
CREATE INDEX "IX_ReviewSnapshots_MeetingId" ON "ReviewSnapshots" ("MeetingId");
;
CREATE INDEX "IX_ReviewSnapshots_Year_Quarter" ON "ReviewSnapshots" ("Year", "Quarter");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124092343_ReviewSnapshots', '10.0.15');
;
CREATE TABLE "FixedDates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_FixedDates" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Audience" TEXT NOT NULL,
    "Source" TEXT NULL
);
;
CREATE TABLE "IndicatorComments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IndicatorComments" PRIMARY KEY,
    "IndicatorId" INTEGER NOT NULL,
    "OrgUnitId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "CK_IndicatorComments_Month" CHECK ([Month] BETWEEN 1 AND 12),
    CONSTRAINT "FK_IndicatorComments_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_IndicatorComments_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE TABLE "Meetings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Meetings" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "OrgUnitId" INTEGER NOT NULL,
    "Date" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Participants" TEXT NULL,
    "Minutes" TEXT NULL,
    "State" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "ClosedBy" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "CK_Meetings_Month" CHECK ([Month] BETWEEN 1 AND 12),
    CONSTRAINT "FK_Meetings_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE TABLE "AgendaItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AgendaItems" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "IndicatorCode" TEXT NULL,
    "UnitCode" TEXT NULL,
    "MeasureId" TEXT NULL,
    "Actual" TEXT NULL,
    "PhasedTarget" TEXT NULL,
    "Date" TEXT NULL,
    CONSTRAINT "FK_AgendaItems_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);
;
CREATE TABLE "Measures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Measures" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "OrgUnitId" INTEGER NOT NULL,
    "Owner" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "MeetingId" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_Measures_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Measures_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE TABLE "MeetingDecisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeetingDecisions" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_MeetingDecisions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);
;
CREATE TABLE "MeasureFollowUps" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeasureFollowUps" PRIMARY KEY,
    "MeasureId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "By" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "StatusFrom" TEXT NULL,
    "StatusTo" TEXT NULL,
    CONSTRAINT "FK_MeasureFollowUps_Measures_MeasureId" FOREIGN KEY ("MeasureId") REFERENCES "Measures" ("Id") ON DELETE CASCADE
);
;
CREATE TABLE "MeasureIndicators" (
    "MeasureId" TEXT NOT NULL,
    "IndicatorId" INTEGER NOT NULL,
    CONSTRAINT "PK_MeasureIndicators" PRIMARY KEY ("MeasureId", "IndicatorId"),
    CONSTRAINT "FK_MeasureIndicators_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MeasureIndicators_Measures_MeasureId" FOREIGN KEY ("MeasureId") REFERENCES "Measures" ("Id") ON DELETE CASCADE
);
;
CREATE INDEX "IX_AgendaItems_MeetingId" ON "AgendaItems" ("MeetingId");
;
CREATE UNIQUE INDEX "IX_FixedDates_Code" ON "FixedDates" ("Code");
;
CREATE INDEX "IX_FixedDates_Date" ON "FixedDates" ("Date");
;
CREATE UNIQUE INDEX "IX_IndicatorComments_IndicatorId_OrgUnitId_Year_Month" ON "IndicatorComments" ("IndicatorId", "OrgUnitId", "Year", "Month");
;
CREATE INDEX "IX_IndicatorComments_OrgUnitId" ON "IndicatorComments" ("OrgUnitId");
;
CREATE INDEX "IX_MeasureFollowUps_MeasureId" ON "MeasureFollowUps" ("MeasureId");
;
CREATE INDEX "IX_MeasureIndicators_IndicatorId" ON "MeasureIndicators" ("IndicatorId");
;
CREATE INDEX "IX_Measures_MeetingId" ON "Measures" ("MeetingId");
;
CREATE INDEX "IX_Measures_OrgUnitId_Status" ON "Measures" ("OrgUnitId", "Status");
;
CREATE INDEX "IX_Measures_Owner" ON "Measures" ("Owner");
;
CREATE INDEX "IX_MeetingDecisions_MeetingId" ON "MeetingDecisions" ("MeetingId");
;
CREATE INDEX "IX_Meetings_OrgUnitId_Date" ON "Meetings" ("OrgUnitId", "Date");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124093955_Steuerung', '10.0.15');
;
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261124100612_DataProtectionKeys', '10.0.15');
;
CREATE TABLE "ReportingDuties" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReportingDuties" PRIMARY KEY,
    "OrgUnitId" INTEGER NOT NULL,
    "IndicatorId" INTEGER NOT NULL,
    "ComponentId" INTEGER NULL,
    "FromMonth" INTEGER NOT NULL,
    "ToMonth" INTEGER NULL,
    CONSTRAINT "CK_ReportingDuties_FromMonth" CHECK ([FromMonth] % 100 BETWEEN 1 AND 12),
    CONSTRAINT "CK_ReportingDuties_ToMonth" CHECK ([ToMonth] IS NULL OR [ToMonth] >= [FromMonth]),
    CONSTRAINT "FK_ReportingDuties_IndicatorComponents_ComponentId" FOREIGN KEY ("ComponentId") REFERENCES "IndicatorComponents" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ReportingDuties_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ReportingDuties_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE INDEX "IX_ReportingDuties_ComponentId" ON "ReportingDuties" ("ComponentId");
;
CREATE INDEX "IX_ReportingDuties_IndicatorId" ON "ReportingDuties" ("IndicatorId");
;
CREATE INDEX "IX_ReportingDuties_OrgUnitId_IndicatorId" ON "ReportingDuties" ("OrgUnitId", "IndicatorId");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202024759_ReportingDuties', '10.0.15');
;
ALTER TABLE "IndicatorComponents" ADD "MaxValue" TEXT NULL;
;
ALTER TABLE "IndicatorComponents" ADD "PartOfId" INTEGER NULL;
;
CREATE INDEX "IX_IndicatorComponents_PartOfId" ON "IndicatorComponents" ("PartOfId");
;
CREATE TABLE "ef_temp_IndicatorComponents" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndicatorComponents" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "IndicatorId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "MaxValue" TEXT NULL,
    "Name" TEXT NOT NULL,
    "PartOfId" INTEGER NULL,
    "Role" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_IndicatorComponents_IndicatorComponents_PartOfId" FOREIGN KEY ("PartOfId") REFERENCES "IndicatorComponents" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_IndicatorComponents_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);
;
INSERT INTO "ef_temp_IndicatorComponents" ("Id", "Code", "IndicatorId", "Kind", "MaxValue", "Name", "PartOfId", "Role", "SortOrder")
SELECT "Id", "Code", "IndicatorId", "Kind", "MaxValue", "Name", "PartOfId", "Role", "SortOrder"
FROM "IndicatorComponents";
;
PRAGMA foreign_keys = 0;
;
DROP TABLE "IndicatorComponents";
;
ALTER TABLE "ef_temp_IndicatorComponents" RENAME TO "IndicatorComponents";
;
PRAGMA foreign_keys = 1;
;
CREATE UNIQUE INDEX "IX_IndicatorComponents_IndicatorId_Code" ON "IndicatorComponents" ("IndicatorId", "Code");
;
CREATE INDEX "IX_IndicatorComponents_PartOfId" ON "IndicatorComponents" ("PartOfId");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202025118_ComponentPlausibility', '10.0.15');
;
UPDATE IndicatorComponents SET PartOfId = (SELECT w.Id FROM IndicatorComponents w WHERE w.IndicatorId = IndicatorComponents.IndicatorId AND w.Code = 'AUS') WHERE Code = 'SVB' AND PartOfId IS NULL AND IndicatorId = (SELECT i.Id FROM Indicators i WHERE i.Code = 'EQ')
;
UPDATE IndicatorComponents SET PartOfId = (SELECT w.Id FROM IndicatorComponents w WHERE w.IndicatorId = IndicatorComponents.IndicatorId AND w.Code = 'VERF') WHERE Code = 'BEL' AND PartOfId IS NULL AND IndicatorId = (SELECT i.Id FROM Indicators i WHERE i.Code = 'BAMF')
;
UPDATE IndicatorComponents SET PartOfId = (SELECT w.Id FROM IndicatorComponents w WHERE w.IndicatorId = IndicatorComponents.IndicatorId AND w.Code = 'AST') WHERE Code = 'BST' AND PartOfId IS NULL AND IndicatorId = (SELECT i.Id FROM Indicators i WHERE i.Code = 'BZ')
;
UPDATE IndicatorComponents SET PartOfId = (SELECT w.Id FROM IndicatorComponents w WHERE w.IndicatorId = IndicatorComponents.IndicatorId AND w.Code = 'INT') WHERE Code = 'BES' AND PartOfId IS NULL AND IndicatorId = (SELECT i.Id FROM Indicators i WHERE i.Code = 'NH')
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202031938_ComponentPartOfPairs', '10.0.15');
;
ALTER TABLE "TargetVersions" ADD "Baseline" TEXT NULL;
;
ALTER TABLE "TargetVersions" ADD "BaselineSource" TEXT NULL;
;
ALTER TABLE "TargetVersions" ADD "Change" TEXT NULL;
;
ALTER TABLE "TargetVersions" ADD "Reason" TEXT NULL;
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202054113_TargetMaintenance', '10.0.15');
;
ALTER TABLE "OrgUnits" ADD "Version" TEXT NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
;
CREATE TABLE "OrgUnitSuccessors" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OrgUnitSuccessors" PRIMARY KEY,
    "PredecessorId" INTEGER NOT NULL,
    "SuccessorId" INTEGER NOT NULL,
    "Date" TEXT NOT NULL,
    "Share" TEXT NULL,
    "ComponentId" INTEGER NULL,
    CONSTRAINT "FK_OrgUnitSuccessors_IndicatorComponents_ComponentId" FOREIGN KEY ("ComponentId") REFERENCES "IndicatorComponents" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OrgUnitSuccessors_OrgUnits_PredecessorId" FOREIGN KEY ("PredecessorId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OrgUnitSuccessors_OrgUnits_SuccessorId" FOREIGN KEY ("SuccessorId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE INDEX "IX_OrgUnitSuccessors_ComponentId" ON "OrgUnitSuccessors" ("ComponentId");
;
CREATE UNIQUE INDEX "IX_OrgUnitSuccessors_PredecessorId_SuccessorId_ComponentId" ON "OrgUnitSuccessors" ("PredecessorId", "SuccessorId", "ComponentId");
;
CREATE INDEX "IX_OrgUnitSuccessors_SuccessorId" ON "OrgUnitSuccessors" ("SuccessorId");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202054352_OrgMaintenance', '10.0.15');
;
CREATE TABLE "QualitativeTargets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_QualitativeTargets" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "OrgUnitId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Owner" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Evidence" TEXT NULL,
    "Source" TEXT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_QualitativeTargets_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE UNIQUE INDEX "IX_QualitativeTargets_Code" ON "QualitativeTargets" ("Code");
;
CREATE INDEX "IX_QualitativeTargets_OrgUnitId" ON "QualitativeTargets" ("OrgUnitId");
;
CREATE INDEX "IX_QualitativeTargets_Year_DueDate" ON "QualitativeTargets" ("Year", "DueDate");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202073108_QualitativeTargets', '10.0.15');
;
ALTER TABLE "TargetVersions" ADD "PeriodFrom" TEXT NULL;
;
ALTER TABLE "TargetVersions" ADD "PeriodTo" TEXT NULL;
;
ALTER TABLE "TargetVersions" ADD "Phasing" TEXT NULL;
;
ALTER TABLE "TargetVersions" ADD "PhasingPlan" TEXT NULL;
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202073440_TargetPeriodPhasing', '10.0.15');
;
ALTER TABLE "FixedDates" ADD "Cancelled" INTEGER NOT NULL DEFAULT 0;
;
ALTER TABLE "FixedDates" ADD "UpdatedAt" TEXT NULL;
;
ALTER TABLE "FixedDates" ADD "UpdatedBy" TEXT NULL;
;
ALTER TABLE "FixedDates" ADD "Version" TEXT NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
;
ALTER TABLE "FixedDates" ADD "Yearly" INTEGER NOT NULL DEFAULT 0;
;
UPDATE "FixedDates" SET "Yearly" = 1 WHERE "Code" IN ('BUT-2015-Q1', 'BUT-2015-Q2', 'BUT-2015-Q3', 'BUT-2015-Q4', '16A-2015');
;
CREATE TABLE "RecurringDates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RecurringDates" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "OrgUnitId" INTEGER NOT NULL,
    "EachKind" TEXT NULL,
    "Pattern" TEXT NOT NULL,
    "Day" INTEGER NOT NULL,
    "Weekday" TEXT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NULL,
    "Audience" TEXT NOT NULL,
    "Source" TEXT NULL,
    "Cancelled" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    "UpdatedBy" TEXT NULL,
    "UpdatedAt" TEXT NULL,
    CONSTRAINT "FK_RecurringDates_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE UNIQUE INDEX "IX_RecurringDates_Code" ON "RecurringDates" ("Code");
;
CREATE INDEX "IX_RecurringDates_OrgUnitId" ON "RecurringDates" ("OrgUnitId");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202073915_TermineMaintenance', '10.0.15');
;
CREATE TABLE "IndicatorYears" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_IndicatorYears" PRIMARY KEY,
    "IndicatorId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Active" INTEGER NOT NULL,
    "Reason" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "FK_IndicatorYears_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE RESTRICT
);
;
CREATE UNIQUE INDEX "IX_IndicatorYears_IndicatorId_Year" ON "IndicatorYears" ("IndicatorId", "Year");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202073922_IndicatorYears', '10.0.15');
;
CREATE TABLE "NotificationOptOuts" (
    "UserName" TEXT NOT NULL,
    "Rule" TEXT NOT NULL,
    CONSTRAINT "PK_NotificationOptOuts" PRIMARY KEY ("UserName", "Rule")
);
;
CREATE TABLE "NotificationRuleSettings" (
    "Rule" TEXT NOT NULL CONSTRAINT "PK_NotificationRuleSettings" PRIMARY KEY,
    "Enabled" INTEGER NOT NULL,
    "Days" INTEGER NOT NULL,
    "Weekday" TEXT NOT NULL,
    "Version" TEXT NOT NULL
);
;
CREATE TABLE "OutboxMessages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_OutboxMessages" PRIMARY KEY,
    "Rule" TEXT NOT NULL,
    "Recipient" TEXT NOT NULL,
    "PeriodKey" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Link" TEXT NULL,
    "Ics" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "NextAttemptAt" TEXT NOT NULL,
    "SentAt" TEXT NULL,
    "LastError" TEXT NULL,
    "LeaseOwner" TEXT NULL,
    "LeaseUntil" TEXT NULL,
    "ReadAt" TEXT NULL
);
;
CREATE UNIQUE INDEX "IX_OutboxMessages_Rule_Recipient_PeriodKey" ON "OutboxMessages" ("Rule", "Recipient", "PeriodKey");
;
CREATE INDEX "IX_OutboxMessages_Status_NextAttemptAt" ON "OutboxMessages" ("Status", "NextAttemptAt");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202113723_Notifications', '10.0.15');
;
CREATE TABLE "BudgetLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BudgetLines" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Budget" TEXT NOT NULL,
    "Group" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "InformKreis" INTEGER NOT NULL,
    "FromYear" INTEGER NOT NULL,
    "ToYear" INTEGER NULL
);
;
CREATE TABLE "BudgetPlans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BudgetPlans" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "Number" INTEGER NOT NULL,
    "DecidedOn" TEXT NOT NULL,
    "Note" TEXT NULL,
    "VerwaltungAllocation" TEXT NOT NULL,
    "EingliederungAllocation" TEXT NOT NULL,
    "PlannedShift" TEXT NOT NULL,
    "IsAssumed" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "CK_BudgetPlans_Number" CHECK ([Number] BETWEEN 0 AND 3)
);
;
CREATE TABLE "FinanceMonths" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_FinanceMonths" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "SubmittedBy" TEXT NULL,
    "SubmittedAt" TEXT NULL,
    "ClosedBy" TEXT NULL,
    "ClosedAt" TEXT NULL,
    "ReopenReason" TEXT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "CK_FinanceMonths_Month" CHECK ([Month] BETWEEN 1 AND 12)
);
;
CREATE TABLE "StaffMonths" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StaffMonths" PRIMARY KEY,
    "OrgUnitId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "PlannedFte" TEXT NOT NULL,
    "ActualFte" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "CK_StaffMonths_Month" CHECK ([Month] BETWEEN 1 AND 12),
    CONSTRAINT "FK_StaffMonths_OrgUnits_OrgUnitId" FOREIGN KEY ("OrgUnitId") REFERENCES "OrgUnits" ("Id") ON DELETE RESTRICT
);
;
CREATE TABLE "BudgetExecutions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BudgetExecutions" PRIMARY KEY,
    "LineId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Committed" TEXT NOT NULL,
    "Paid" TEXT NOT NULL,
    "IsDemo" INTEGER NOT NULL,
    "UpdatedBy" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "Version" TEXT NOT NULL,
    CONSTRAINT "CK_BudgetExecutions_Month" CHECK ([Month] BETWEEN 1 AND 12),
    CONSTRAINT "FK_BudgetExecutions_BudgetLines_LineId" FOREIGN KEY ("LineId") REFERENCES "BudgetLines" ("Id") ON DELETE RESTRICT
);
;
CREATE TABLE "BudgetPlanAmounts" (
    "PlanId" TEXT NOT NULL,
    "LineId" INTEGER NOT NULL,
    "Amount" TEXT NOT NULL,
    CONSTRAINT "PK_BudgetPlanAmounts" PRIMARY KEY ("PlanId", "LineId"),
    CONSTRAINT "FK_BudgetPlanAmounts_BudgetLines_LineId" FOREIGN KEY ("LineId") REFERENCES "BudgetLines" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_BudgetPlanAmounts_BudgetPlans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "BudgetPlans" ("Id") ON DELETE CASCADE
);
;
CREATE UNIQUE INDEX "IX_BudgetExecutions_LineId_Year_Month" ON "BudgetExecutions" ("LineId", "Year", "Month");
;
CREATE UNIQUE INDEX "IX_BudgetLines_Code" ON "BudgetLines" ("Code");
;
CREATE INDEX "IX_BudgetPlanAmounts_LineId" ON "BudgetPlanAmounts" ("LineId");
;
CREATE UNIQUE INDEX "IX_BudgetPlans_Year_Number" ON "BudgetPlans" ("Year", "Number");
;
CREATE UNIQUE INDEX "IX_FinanceMonths_Year_Month" ON "FinanceMonths" ("Year", "Month");
;
CREATE UNIQUE INDEX "IX_StaffMonths_OrgUnitId_Year_Month" ON "StaffMonths" ("OrgUnitId", "Year", "Month");
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202113909_BudgetAndStaff', '10.0.15');
;
INSERT INTO "DataStamps" ("Name", "Value")
VALUES ('Reference', 0);
SELECT changes();
;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202144317_ReferenceStamp', '10.0.15');
;
