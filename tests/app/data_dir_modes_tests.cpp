// What serve keeps in the data dir is owner-only under a permissive umask: the directory, the token secret,
// the uploads and the SQLite file with its -wal and -shm companions, made by the adapters serve wires, at the
// paths the settings give them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>
#include <random>
#include <string>

#include <offertracker/adapters/sql/sql_store.hpp>
#include <offertracker/adapters/storage/local_file_storage.hpp>
#include <offertracker/adapters/system/owner_only_paths.hpp>

#include "config.hpp"
#include "file_modes.hpp"
#include "secret_file.hpp"

using namespace offertracker;
using offertracker::test::permissions_of;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp dir, removed with the object.
class temp_dir {
public:
    temp_dir() {
        std::random_device random;
        root_ = fs::temp_directory_path() / ("offertracker-modes-test-" + std::to_string(random()));
        fs::create_directories(root_);
    }
    ~temp_dir() {
        std::error_code ignored;
        fs::remove_all(root_, ignored);
    }
    [[nodiscard]] const fs::path& path() const { return root_; }

private:
    fs::path root_;
};

app::settings settings_for(const fs::path& data_dir) {
    const std::string dir = data_dir.string();
    const char* argv[] = {"offertracker", "serve", "--data-dir", dir.c_str(), nullptr};
    auto parsed = app::parse_settings(4, argv, [](std::string_view) { return std::optional<std::string>{}; });
    REQUIRE(parsed.value);
    return *parsed.value;
}

}  // namespace

TEST_CASE("the data dir, uploads and the SQLite files are owner-only under umask 022", "[app][modes]") {
    const test::scoped_umask permissive(022);
    temp_dir const dir;
    const auto config = settings_for(dir.path() / "data");
    REQUIRE(config.database_url == "sqlite://" + (config.data_dir / "offertracker.db").generic_string());

    // In the order serve takes them.
    adapters::system::create_owner_only_directories(config.data_dir);
    const auto secret = app::load_or_create_secret(config.data_dir, [] { return std::string(48, 's'); });
    adapters::storage::local_file_storage files(config.data_dir / "uploads");
    files.put("owner/cv.pdf", "%PDF-1.7", "application/pdf");
    adapters::sql::sql_store store(config.database_url, 2);
    store.migrate();  // writes through the WAL, so -wal and -shm exist while the store is open

    const fs::path db = config.data_dir / "offertracker.db";
    for (const auto& [path, mode] : std::initializer_list<std::pair<fs::path, int>>{
             {config.data_dir, 0700},
             {secret.path, 0600},
             {config.data_dir / "uploads", 0700},
             {config.data_dir / "uploads" / "owner", 0700},
             {config.data_dir / "uploads" / "owner" / "cv.pdf", 0600},
             {db, 0600},
             {fs::path(db.string() + "-wal"), 0600},
             {fs::path(db.string() + "-shm"), 0600},
         }) {
        INFO(path.string());
        CHECK(permissions_of(path) == mode);
    }
}

TEST_CASE("an existing SQLite file keeps its mode; a new one elsewhere gets owner-only directories", "[app][modes]") {
    const test::scoped_umask permissive(022);
    temp_dir const dir;
    const fs::path db = dir.path() / "elsewhere" / "deeper" / "tracker.db";
    { adapters::sql::sql_store store("sqlite://" + db.string(), 1); }
    CHECK(permissions_of(dir.path() / "elsewhere") == 0700);
    CHECK(permissions_of(db.parent_path()) == 0700);
    CHECK(permissions_of(db) == 0600);

    // An operator's choice for a file that already exists stands.
    fs::permissions(db, fs::perms(0640));
    { adapters::sql::sql_store store("sqlite://" + db.string(), 1); }
    CHECK(permissions_of(db) == 0640);
}
