package org.o365cli.sandbox.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant's users, made from their index rather than stored: user {@code i} is always the same,
 * so a tenant of 100 000 users costs no disk and no memory. User 0 is the administrator; the next
 * ones are the people of Microsoft's sample tenant; the rest are numbered.
 */
public final class Users {

    /** The tenant's verified domain. */
    public static final String DOMAIN = "contoso.onmicrosoft.com";

    private static final long ID_HIGH = 0x6e2c1d4a91f34b2eL;
    private static final long ID_LOW_TAG = 0x8000_0000_0000_0000L;
    private static final List<String[]> PEOPLE = List.of(
            new String[] {"MOD", "Administrator", "admin", "Administrator", "Redmond"},
            new String[] {"Adele", "Vance", "AdeleV", "Retail Manager", "18/2111"},
            new String[] {"Alex", "Wilber", "AlexW", "Marketing Assistant", "131/1104"},
            new String[] {"Diego", "Siciliani", "DiegoS", "HR Manager", "14/1108"},
            new String[] {"Grady", "Archie", "GradyA", "Designer", "19/2109"},
            new String[] {"Henrietta", "Mueller", "HenriettaM", "Developer", "18/1106"},
            new String[] {"Isaiah", "Langer", "IsaiahL", "Sales Rep", "20/1101"},
            new String[] {"Johanna", "Lorenz", "JohannaL", "Senior Engineer", "23/2102"},
            new String[] {"Joni", "Sherman", "JoniS", "Paralegal", "20/1109"},
            new String[] {"Lee", "Gu", "LeeG", "Director", "23/3101"},
            new String[] {"Lidia", "Holloway", "LidiaH", "Product Manager", "20/2107"},
            new String[] {"Lynne", "Robbins", "LynneR", "Planner", "20/1104"},
            new String[] {"Megan", "Bowen", "MeganB", "Marketing Manager", "12/1110"},
            new String[] {"Miriam", "Graham", "MiriamG", "Director", "131/2103"},
            new String[] {"Nestor", "Wilke", "NestorW", "Director", "36/2121"},
            new String[] {"Patti", "Fernandez", "PattiF", "President", "15/1102"},
            new String[] {"Pradeep", "Gupta", "PradeepG", "Accountant II", "98/2202"});
    private static final List<String> FIRST = List.of("Ava", "Ben", "Chloe", "Dan", "Emma", "Finn", "Grace", "Hugo",
            "Iris", "Jack", "Kira", "Liam", "Maya", "Noah", "Olga", "Paul", "Quinn", "Rosa", "Sam", "Tara");
    private static final List<String> LAST = List.of("Adams", "Brown", "Chen", "Diaz", "Evans", "Fischer", "Garcia",
            "Hughes", "Ito", "Jones", "Khan", "Lopez", "Martin", "Nagy", "Owens", "Patel", "Reyes", "Smith");

    private final ObjectMapper json;
    private final int count;

    /**
     * @param json  the mapper
     * @param count how many users the tenant has
     */
    public Users(ObjectMapper json, int count) {
        this.json = json;
        this.count = count;
    }

    /** How many users the tenant has. */
    public int count() {
        return count;
    }

    /** The object id of user {@code index}. */
    public static String id(int index) {
        return new UUID(ID_HIGH, ID_LOW_TAG | index).toString();
    }

    /** User {@code index} in Graph's default user shape (the properties {@code GET /users} returns). */
    public ObjectNode at(int index) {
        String[] person = index < PEOPLE.size() ? PEOPLE.get(index) : numbered(index);
        String upn = person[2] + "@" + DOMAIN;
        ObjectNode user = json.createObjectNode();
        user.putArray("businessPhones").add(String.format(Locale.ROOT, "+1 425 555 %04d", index % 10000));
        user.put("displayName", person[0].equals("MOD") ? "MOD Administrator" : person[0] + " " + person[1]);
        user.put("givenName", person[0]);
        user.put("jobTitle", person[3]);
        user.put("mail", upn);
        user.putNull("mobilePhone");
        user.put("officeLocation", person[4]);
        user.put("preferredLanguage", "en-US");
        user.put("surname", person[1]);
        user.put("userPrincipalName", upn);
        user.put("id", id(index));
        return user;
    }

    /** The index of the user with this object id or user principal name, if there is one. */
    public Optional<Integer> find(String idOrUpn) {
        String key = idOrUpn.toLowerCase(Locale.ROOT);
        if (key.contains("@")) {
            if (!key.endsWith("@" + DOMAIN)) {
                return Optional.empty();
            }
            String name = key.substring(0, key.indexOf('@'));
            for (int i = 0; i < Math.min(count, PEOPLE.size()); i++) {
                if (PEOPLE.get(i)[2].equalsIgnoreCase(name)) {
                    return Optional.of(i);
                }
            }
            int dot = name.lastIndexOf('.');
            return dot < 0 ? Optional.empty() : parse(name.substring(dot + 1))
                    .filter(i -> i >= PEOPLE.size() && numbered(i)[2].equalsIgnoreCase(name));
        }
        try {
            UUID id = UUID.fromString(key);
            long index = id.getLeastSignificantBits() & ~ID_LOW_TAG;
            boolean ours = id.getMostSignificantBits() == ID_HIGH && (id.getLeastSignificantBits() & ID_LOW_TAG) != 0;
            return ours && index < count ? Optional.of((int) index) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<Integer> parse(String number) {
        try {
            int index = Integer.parseInt(number);
            return index < count ? Optional.of(index) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String[] numbered(int index) {
        String first = FIRST.get(index % FIRST.size());
        String last = LAST.get((index / FIRST.size()) % LAST.size());
        return new String[] {first, last, first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "." + index,
                "Analyst", (index % 40) + "/" + (1000 + index % 900)};
    }
}
