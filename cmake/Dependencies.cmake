# Every third-party lookup lives here, once. Debian's SOCI ships no CMake config, so it is found by hand.
find_package(Threads REQUIRED)
find_package(Boost 1.81.0 EXACT CONFIG REQUIRED COMPONENTS json program_options)
find_package(OpenSSL 3 REQUIRED)
find_package(tomlplusplus CONFIG REQUIRED)

find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)

find_path(SOCI_INCLUDE_DIR soci/soci.h REQUIRED)
find_library(SOCI_CORE_LIBRARY soci_core REQUIRED)
find_library(SOCI_SQLITE3_LIBRARY soci_sqlite3 REQUIRED)
find_library(SOCI_POSTGRESQL_LIBRARY soci_postgresql REQUIRED)
find_path(POSTGRESQL_INCLUDE_DIR libpq-fe.h PATH_SUFFIXES postgresql REQUIRED)
add_library(soci::soci INTERFACE IMPORTED)
target_include_directories(soci::soci INTERFACE ${SOCI_INCLUDE_DIR} ${POSTGRESQL_INCLUDE_DIR})
target_link_libraries(soci::soci INTERFACE
  ${SOCI_SQLITE3_LIBRARY} ${SOCI_POSTGRESQL_LIBRARY} ${SOCI_CORE_LIBRARY} ${CMAKE_DL_LIBS})

find_path(ARGON2_INCLUDE_DIR argon2.h REQUIRED)
find_library(ARGON2_LIBRARY argon2 REQUIRED)
add_library(argon2::argon2 INTERFACE IMPORTED)
target_include_directories(argon2::argon2 INTERFACE ${ARGON2_INCLUDE_DIR})
target_link_libraries(argon2::argon2 INTERFACE ${ARGON2_LIBRARY})

# Text extraction (adapters/extract): Debian's poppler-cpp, libzip, pugixml and gumbo all ship pkg-config files.
find_package(PkgConfig REQUIRED)
pkg_check_modules(poppler_cpp REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(libzip REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(pugixml REQUIRED IMPORTED_TARGET pugixml)
pkg_check_modules(gumbo REQUIRED IMPORTED_TARGET gumbo)
