# ruff: noqa: E501 - one question per line reads best
"""A sixth blind set, data/blind_teacher_6.json (60 questions, ten per topic), in the style of the
public set: written on 2026-11-26, after the fixes prompted by blind_teacher_5.json, by someone who
had read only the public set and the structure of blind5_answers.py, not the tutor's parser, its
rules, docs/tutor.md or the other blind sets' questions. The questions mix exam-board, textbook and
informal student wording, values in words and odd units (km/h, mph, cm, g, minutes, rpm, kJ),
distractor values and answers asked in a unit. Every answer is computed here independently from the
textbook formula (g = 9.81 m/s^2). It was scored once as written (its honest first pass, recorded in
docs/tutor.md) before any change it prompted.

Regenerate it with `python3 tests/agents_api/blind6_answers.py tests/agents_api/data`."""

import json
import math
import sys
from collections import Counter

g = 9.81
pi = math.pi
d = math.radians
SIXTH: list[dict] = []


def kmh(v: float) -> float:
    return v / 3.6


def mph(v: float) -> float:
    return v * 1609.344 / 3600


def q(topic: str, question: str, value: float, unit: str, rel_tol: float = 0.02) -> None:
    SIXTH.append({"topic": topic, "question": question, "value": float(value), "unit": unit, "rel_tol": rel_tol})


K = "kinematics"
q(K, "A train slows uniformly from 72 km/h to rest in 40 s. Find the magnitude of its deceleration.", kmh(72) / 40, "m/s^2")
q(K, "A ball is thrown straight up at twelve metres per second. How high does it rise?", 12**2 / (2 * g), "m")
q(K, "how long does it take me to cycle 1.5 km if I'm going at 6 m/s?", 1500 / 6, "s")
q(K, "A car starts from rest and reaches 30 m/s after travelling 150 m. What was its acceleration, assuming it was uniform?", 30**2 / (2 * 150), "m/s^2")
q(K, "A projectile is launched at 25 m/s at 40° above the horizontal from level ground. Calculate its horizontal range.", 25**2 * math.sin(d(80)) / g, "m")
q(K, "A stone is thrown horizontally at 8 m/s off the top of a cliff 45 m high. How far from the base of the cliff does it land?", 8 * math.sqrt(2 * 45 / g), "m")
q(K, "A car moving at 15 m/s accelerates at 2 m/s² for 5 s. What is its final velocity?", 15 + 2 * 5, "m/s")
q(K, "A 1400 kg car travelling at 20 m/s brakes uniformly and stops in 4 s. How far does it travel while braking?", 20 / 2 * 4, "m")
q(K, "A rocket sled moving at 10 m/s accelerates at 4 m/s^2 over a distance of 200 m. What speed does it reach, in km/h?", math.sqrt(10**2 + 2 * 4 * 200) * 3.6, "km/h")
q(K, "A cyclist rides at a steady 18 mph for 20 minutes. How far does she go, in km?", mph(18) * 20 * 60 / 1000, "km")

F = "forces"
q(F, "A 1200 kg car accelerates at 2.5 m/s². Calculate the resultant force acting on it.", 1200 * 2.5, "N")
q(F, "What is the weight of a 65 kg person on Earth?", 65 * g, "N")
q(F, "A horizontal force of 20 N pulls a 4 kg block across a rough floor against a friction force of 8 N. What is the block's acceleration?", (20 - 8) / 4, "m/s^2")
q(F, "A 10 kg crate slides along a level floor. The coefficient of kinetic friction between the crate and the floor is 0.3. What is the friction force on the crate?", 0.3 * 10 * g, "N")
q(F, "A spring with spring constant 250 N/m is stretched by 8 cm. What force does it exert?", 250 * 0.08, "N")
q(F, "A 500 g mass hangs at rest from a string. What is the tension in the string?", 0.5 * g, "N")
q(F, "Two forces of 3 N and 4 N act at right angles to each other on an object. What is the magnitude of the resultant force?", 5.0, "N")
q(F, "A 5 kg block slides down a frictionless ramp inclined at 30°. What is its acceleration down the ramp?", g * math.sin(d(30)), "m/s^2")
q(F, "A 60 kg woman stands in a lift that is accelerating upwards at 1.5 m/s^2. What is the normal force from the floor on her?", 60 * (g + 1.5), "N")
q(F, "A rope pulls a 20 kg sledge with a force of 100 N at 30 degrees above the horizontal. What is the vertical component of the pull?", 100 * math.sin(d(30)), "N")

E = "energy"
q(E, "How much gravitational potential energy does a 2 kg book gain when it is lifted 1.5 m onto a shelf?", 2 * g * 1.5, "J")
q(E, "A 70 kg runner has 3.5 kJ of kinetic energy. How fast is he running?", math.sqrt(2 * 3500 / 70), "m/s")
q(E, "A 1.2 kW kettle is switched on for 3 minutes. How much energy does it transfer, in kJ?", 1.2 * 3 * 60, "kJ")
q(E, "A crane lifts a 400 kg load through a height of 15 m in 20 s at constant speed. What is its power output?", 400 * g * 15 / 20, "W")
q(E, "A pendulum bob is released from rest 20 cm above its lowest point. How fast is it moving at the bottom of the swing?", math.sqrt(2 * g * 0.2), "m/s")
q(E, "A spring stores 2.5 J of elastic potential energy when compressed by 5 cm. What is its spring constant?", 2 * 2.5 / 0.05**2, "N/m")
q(E, "An 800 kg car travelling at 90 km/h brakes to a stop. How much kinetic energy does it lose?", 0.5 * 800 * kmh(90) ** 2, "J")
q(E, "A 50 g ball is thrown vertically upwards at 15 m/s. Ignoring air resistance, what maximum height does it reach?", 15**2 / (2 * g), "m")
q(E, "A force of 40 N pulls a sled 10 m along flat ground, the rope making an angle of 25 degrees with the ground. How much work does the force do?", 40 * 10 * math.cos(d(25)), "J")
q(E, "A 60 kg climber climbs 300 m up a hill in 10 minutes. What is her average power output against gravity?", 60 * g * 300 / 600, "W")

M = "momentum"
q(M, "A 60 g tennis ball travels at 50 m/s. What is its momentum?", 0.06 * 50, "kg*m/s")
q(M, "A 1000 kg car moving at 20 m/s crashes into a stationary 1500 kg car and the two lock together. How fast do they move just after the collision?", 1000 * 20 / 2500, "m/s")
q(M, "A footballer's boot exerts an average force of 200 N on a ball for 0.05 s. What impulse does the ball receive?", 200 * 0.05, "N*s")
q(M, "A 0.15 kg ball arrives at a bat at 20 m/s and leaves in the opposite direction at 15 m/s. The contact lasts 0.01 s. What is the average force on the ball?", 0.15 * 35 / 0.01, "N")
q(M, "A 50 kg skater and a 70 kg skater stand at rest on ice and push off each other. The 50 kg skater moves off at 2.1 m/s. How fast does the other skater move?", 50 * 2.1 / 70, "m/s")
q(M, "A 3 kg trolley moving at 4 m/s runs into a 1 kg trolley moving at 2 m/s in the same direction, and they stick together. What is their common velocity?", (3 * 4 + 1 * 2) / 4, "m/s")
q(M, "A 0.5 kg ball moving at 4 m/s has a perfectly elastic head-on collision with a 1.5 kg ball at rest. What is the speed of the 1.5 kg ball after the collision?", 2 * 0.5 / (0.5 + 1.5) * 4, "m/s")
q(M, "A cannon of mass 800 kg fires a 10 kg shell horizontally at 240 m/s. What is the recoil speed of the cannon?", 10 * 240 / 800, "m/s")
q(M, "What is the momentum of a 75 kg sprinter running at 36 km/h?", 75 * kmh(36), "kg*m/s")
q(M, "A 2 kg object initially at rest is acted on by a constant 6 N force for 4 s. What is its final speed?", 6 * 4 / 2, "m/s")

A = "angular_motion"
q(A, "A ceiling fan rotates at 1200 rpm. What is its angular velocity in rad/s?", 1200 * 2 * pi / 60, "rad/s")
q(A, "Find the moment of inertia of a uniform solid disc of mass 4 kg and radius 30 cm about its central axis.", 0.5 * 4 * 0.3**2, "kg*m^2")
q(A, "A flywheel with a moment of inertia of 2 kg m^2 spins at 10 rad/s. What is its rotational kinetic energy?", 0.5 * 2 * 10**2, "J")
q(A, "A wheel starts from rest with a constant angular acceleration of 3 rad/s^2. Through what angle does it turn in 6 s?", 0.5 * 3 * 6**2, "rad")
q(A, "A mechanic applies an 80 N force at right angles to the end of a 25 cm spanner. What torque does she apply?", 80 * 0.25, "N*m")
q(A, "A car tyre of radius 0.3 m rotates at 50 rad/s without slipping. How fast is the car moving?", 50 * 0.3, "m/s")
q(A, "A merry-go-round completes one revolution every 8 seconds. What is its angular velocity?", 2 * pi / 8, "rad/s")
q(A, "A uniform rod 2 m long with a mass of 3 kg rotates about an axis through its centre, perpendicular to the rod. What is its moment of inertia?", 3 * 2**2 / 12, "kg*m^2")
q(A, "A thin-walled hollow cylinder rolls without slipping from rest down a ramp of vertical height 80 cm. What is its speed at the bottom?", math.sqrt(g * 0.8), "m/s")
q(A, "A wheel spinning at 30 rad/s slows uniformly to rest in 10 s. Through what angle, in radians, does it turn while stopping?", 30 / 2 * 10, "rad")

X = "math"
q(X, "Solve 2x^2 + 3x - 2 = 0 for the positive root.", 0.5, "")
q(X, "Calculate sin 25 degrees.", math.sin(d(25)), "")
q(X, "Convert 3.5 hours to seconds.", 3.5 * 3600, "s")
q(X, "What is the inverse cosine of 0.6, in degrees?", math.degrees(math.acos(0.6)), "degree")
q(X, "Express 60 mph in metres per second.", mph(60), "m/s")
q(X, "A triangle has sides of 5 cm and 8 cm with an angle of 60 degrees between them. Find the length of the third side in cm.", math.sqrt(5**2 + 8**2 - 2 * 5 * 8 * math.cos(d(60))), "cm")
q(X, "Convert 2 radians to degrees.", math.degrees(2), "degree")
q(X, "Solve 5x - 4 = 2x + 11.", 5.0, "")
q(X, "Convert 250 cm to metres.", 2.5, "m")
q(X, "Find the hypotenuse of a right triangle whose legs are 5 and 12.", 13.0, "")


if __name__ == "__main__":
    print("blind_teacher_6.json", Counter(p["topic"] for p in SIXTH), len(SIXTH))
    with open(f"{sys.argv[1]}/blind_teacher_6.json", "w") as out:
        json.dump(SIXTH, out, indent=1, ensure_ascii=False)
        out.write("\n")
