import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the LIF topics listed in a file (one per line, '#' comments) on a Kafka broker; existing
 * topics are skipped, so running it again is harmless. Topics ending in ".dlq" get 1 partition,
 * others 3; replication factor 1 (local single-node broker).
 *
 * Run with the JDK source launcher and the broker's classpath (kafka-clients is on it):
 *   java -cp '.stack/kafka/lib/*' deploy/kafka/CreateTopics.java 127.0.0.1:9092 deploy/kafka/topics.txt
 * Exit code 0 when every listed topic exists afterwards.
 */
public class CreateTopics {

    static final int PARTITIONS = 3;
    static final int DLQ_PARTITIONS = 1;
    static final short REPLICATION = 1;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CreateTopics <bootstrap-servers> <topics-file>");
            System.exit(2);
        }
        List<String> wanted = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String name = line.replaceFirst("#.*", "").trim();
            if (!name.isEmpty()) {
                wanted.add(name);
            }
        }

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "lif-local-create-topics");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);

        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : wanted) {
                if (existing.contains(name)) {
                    System.out.println("  topic " + name + " exists");
                } else {
                    int partitions = name.endsWith(".dlq") ? DLQ_PARTITIONS : PARTITIONS;
                    missing.add(new NewTopic(name, partitions, REPLICATION));
                }
            }
            int failures = 0;
            for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> result :
                    admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                    int partitions = result.getKey().endsWith(".dlq") ? DLQ_PARTITIONS : PARTITIONS;
                    System.out.println("  topic " + result.getKey() + " created (" + partitions + " partitions)");
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TopicExistsException) {
                        System.out.println("  topic " + result.getKey() + " exists");
                    } else {
                        failures++;
                        System.err.println("  topic " + result.getKey() + " FAILED: " + e.getCause());
                    }
                }
            }
            if (failures > 0) {
                System.exit(1);
            }
        }
    }
}
