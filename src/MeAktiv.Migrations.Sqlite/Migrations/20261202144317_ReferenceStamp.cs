using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MeAktiv.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "DataStamps",
                columns: new[] { "Name", "Value" },
                values: new object[] { "Reference", 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "DataStamps",
                keyColumn: "Name",
                keyValue: "Reference");
        }
    }
}
